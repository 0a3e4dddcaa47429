// One drawing per trade (shared/domain/trades.ts), each recognisable without its word: the tool, vehicle or
// object people in the trade are known by. Drawn on the 48×48 grid of Pictogram.tsx; stations have no colour-emoji
// font, so these replace the trade's emoji everywhere.
import type { ReactElement } from 'react';
import type { TradeCode } from '../../shared/domain/trades';
import { PAPER, SOLID, TINT } from './Pictogram';

export const TRADE_DRAWINGS: Record<TradeCode, ReactElement> = {
  // A wall air conditioner blowing cold air.
  ac_repair: (
    <>
      <rect x="5" y="7" width="38" height="17" rx="3" style={TINT} />
      <path d="M10 18.5h28" />
      <path d="M14 29c-2 3 2 5 0 8s2 5 0 8M24 29c-2 3 2 5 0 8s2 5 0 8M34 29c-2 3 2 5 0 8s2 5 0 8" />
      <circle cx="37" cy="12.5" r="1" style={SOLID} stroke="none" />
    </>
  ),
  // A lightning bolt.
  electrician: <path d="M28 3 11 27h12l-4 18 18-26H25l3-16z" style={TINT} />,
  // A hand saw: handle with a grip hole, a blade with teeth.
  carpenter: (
    <>
      <path d="M4 14h9a4 4 0 0 1 4 4v10a4 4 0 0 1-4 4H4z" style={TINT} />
      <path d="M8 19.5v7" />
      <path d="M17 15h27v11.5L17 31" />
      <path d="M17 31l2.5 3 2-4 2.5 3 2-4 2.5 3 2-4 2.5 3 2-4 2.5 3 2-4 2.5 3" />
    </>
  ),
  // A brick wall.
  renovation: (
    <>
      <path d="M4 8h40v34H4z" style={TINT} />
      <path d="M4 16.5h40M4 25h40M4 33.5h40M16 8v8.5M32 8v8.5M10 16.5V25M24 16.5V25M38 16.5V25M16 25v8.5M32 25v8.5M10 33.5V42M24 33.5V42M38 33.5V42" />
    </>
  ),
  // A broom sweeping.
  cleaner: (
    <>
      <path d="M42 3 28 24" />
      <path d="M21 21l14 8-6 16-21-11z" style={TINT} />
      <path d="M14 37l9-12M21 41l8-13" />
      <path d="M3 44h5" />
    </>
  ),
  // A hand truck carrying two boxes.
  mover: (
    <>
      <path d="M8 5h4l4 33h26" />
      <circle cx="16" cy="41" r="3.5" />
      <rect x="19" y="22" width="14" height="14" rx="1" style={TINT} />
      <rect x="21" y="9" width="12" height="13" rx="1" style={TINT} />
      <path d="M26 22v5M27 9v4" />
    </>
  ),
  // A house with a heart: caring for a home.
  housekeeping: (
    <>
      <path d="M5 22 24 6l19 16" />
      <path d="M10 18v24h28V18" style={TINT} />
      <path d="M24 37c-6-4-8-7-8-10a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 3-2 6-8 10z" style={SOLID} />
    </>
  ),
  // A baby's feeding bottle.
  maternity_nurse: (
    <>
      <path d="M21 4h6l1 7h-8z" style={SOLID} />
      <path d="M17 11h14v4H17z" />
      <path d="M18 15h12l2 5v20a4 4 0 0 1-4 4h-8a4 4 0 0 1-4-4V20z" style={TINT} />
      <path d="M27 24h3M27 30h3M27 36h3" />
    </>
  ),
  // A parcel being taped shut, the tape roll beside it.
  packer: (
    <>
      <path d="M4 20h26v22H4z" style={TINT} />
      <path d="M4 20l5-8h16l5 8" />
      <path d="M17 12v30" strokeWidth={4} />
      <circle cx="38" cy="30" r="7.5" style={TINT} />
      <circle cx="38" cy="30" r="3" />
      <path d="M30.5 30v12h-3" />
    </>
  ),
  // A headset with a microphone.
  customer_service: (
    <>
      <path d="M10 28v-6a14 14 0 0 1 28 0v6" />
      <rect x="6" y="24" width="8" height="12" rx="3" style={TINT} />
      <rect x="34" y="24" width="8" height="12" rx="3" style={TINT} />
      <path d="M38 36c0 5-4 8-10 8h-3" />
      <rect x="19" y="41" width="7" height="5" rx="2.5" style={SOLID} />
    </>
  ),
  // A lorry: cargo box, cab and wheels.
  truck_driver: (
    <>
      <rect x="3" y="11" width="26" height="22" rx="1.5" style={TINT} />
      <path d="M29 18h8l7 8v7H29z" />
      <path d="M33 21.5h4l3 4h-7z" style={SOLID} />
      <circle cx="12" cy="37" r="4" style={PAPER} />
      <circle cx="36" cy="37" r="4" style={PAPER} />
    </>
  ),
  // A steering wheel.
  driver: (
    <>
      <circle cx="24" cy="24" r="19" />
      <circle cx="24" cy="24" r="14" style={TINT} />
      <circle cx="24" cy="26" r="4.5" style={SOLID} />
      <path d="M10 22c6-2 22-2 28 0M24 30.5V38" strokeWidth={4} />
    </>
  ),
  // A chef's hat.
  cook: (
    <>
      <path d="M14 30a7.5 7.5 0 0 1-2-14.5A8.5 8.5 0 0 1 24 8a8.5 8.5 0 0 1 12 7.5A7.5 7.5 0 0 1 34 30z" style={TINT} />
      <path d="M14 30h20v10H14z" />
      <path d="M19 30v-6M24 30v-7M29 30v-6" />
    </>
  ),
  // A Chinese cleaver over a chopping board: preparing food.
  kitchen_helper: (
    <>
      <rect x="4" y="30" width="40" height="12" rx="4" style={TINT} />
      <path d="M7 6h24v17H11a4 4 0 0 1-4-4z" style={TINT} />
      <path d="M31 11h13v6H31" style={SOLID} />
      <circle cx="26" cy="10.5" r="1.5" style={SOLID} stroke="none" />
    </>
  ),
  // A shield with a person on it.
  security: (
    <>
      <path d="M24 4l17 6v12c0 11-7 18-17 22C14 40 7 33 7 22V10z" style={TINT} />
      <circle cx="24" cy="18" r="4.5" />
      <path d="M15.5 33a8.5 7.5 0 0 1 17 0" />
    </>
  ),
  // A welding mask with its dark window, and sparks.
  welder: (
    <>
      <path d="M11 8h20a4 4 0 0 1 4 4v22l-8 8H15l-8-8V12a4 4 0 0 1 4-4z" style={TINT} />
      <rect x="12" y="17" width="18" height="7" rx="1.5" style={SOLID} />
      <path d="M39 10l5-3M40 17h5M39 24l5 3" />
    </>
  ),
  // A tap dripping water.
  plumber: (
    <>
      <path d="M16 8h10M21 8v5" />
      <path d="M4 15h22a10 10 0 0 1 10 10v2h-8v-2a2 2 0 0 0-2-2H4z" style={TINT} />
      <path d="M32 34c-2.5 3.5-4 5.5-4 7.5a4 4 0 0 0 8 0c0-2-1.5-4-4-7.5z" style={SOLID} />
    </>
  ),
  // A paint roller.
  painter: (
    <>
      <rect x="6" y="5" width="30" height="12" rx="3" style={TINT} />
      <path d="M36 11h5v10H24v6" />
      <rect x="20.5" y="27" width="7" height="17" rx="2" style={SOLID} />
    </>
  ),
  // Parcels on a conveyor belt.
  courier: (
    <>
      <rect x="6" y="16" width="14" height="14" rx="1" style={TINT} />
      <rect x="25" y="10" width="17" height="20" rx="1" style={TINT} />
      <path d="M13 16v5M33.5 10v6" />
      <rect x="3" y="30" width="42" height="8" rx="4" />
      <circle cx="9" cy="34" r="1.5" style={SOLID} />
      <circle cx="24" cy="34" r="1.5" style={SOLID} />
      <circle cx="39" cy="34" r="1.5" style={SOLID} />
      <path d="M14 44h20" />
    </>
  ),
  // A scooter with a delivery box.
  delivery: (
    <>
      <rect x="5" y="12" width="15" height="13" rx="1.5" style={TINT} />
      <path d="M5 30h22l5-14h-5M32 16l6 17" />
      <path d="M12 25v5" />
      <circle cx="11" cy="37" r="4.5" style={PAPER} />
      <circle cx="38" cy="37" r="4.5" style={PAPER} />
      <path d="M15.5 37h18" />
    </>
  ),
  // A covered dish on a tray.
  waiter: (
    <>
      <path d="M9 32a15 15 0 0 1 30 0z" style={TINT} />
      <path d="M5 32h38M10 37h28" />
      <circle cx="24" cy="14" r="2.5" />
      <path d="M17 25a9 9 0 0 1 5-5" />
    </>
  ),
  // An ear of wheat.
  farmhand: (
    <>
      <path d="M24 44V8" />
      <path d="M24 12c-5-1-7-4-7-7 5 0 7 3 7 7zM24 12c5-1 7-4 7-7-5 0-7 3-7 7z" style={TINT} />
      <path d="M24 21c-5-1-7-4-7-7 5 0 7 3 7 7zM24 21c5-1 7-4 7-7-5 0-7 3-7 7z" style={TINT} />
      <path d="M24 30c-5-1-7-4-7-7 5 0 7 3 7 7zM24 30c5-1 7-4 7-7-5 0-7 3-7 7z" style={TINT} />
      <path d="M24 39c-5-1-7-4-7-7 5 0 7 3 7 7zM24 39c5-1 7-4 7-7-5 0-7 3-7 7z" style={TINT} />
    </>
  ),
  // A heart with a medical cross: looking after the sick and old.
  caregiver: (
    <>
      <path d="M24 42C10 32 5 25 5 17a9.5 9.5 0 0 1 19-3 9.5 9.5 0 0 1 19 3c0 8-5 15-19 25z" style={TINT} />
      <path d="M24 19v14M17 26h14" strokeWidth={4} />
    </>
  ),
  // A warehouse with a roller door.
  warehouse: (
    <>
      <path d="M4 18 24 7l20 11v25H4z" style={TINT} />
      <path d="M13 43V25h22v18" style={PAPER} />
      <path d="M13 30h22M13 35h22M13 40h22" />
    </>
  ),
};
