// Silent printing: kiosk slips and console documents go straight to the printer named in the config.
import type { WebContentsPrintOptions } from 'electron';
import type { StationConfig } from './config';
import type { PrintKind } from '../shared/ipc/contract';

/** Paper sizes in microns (Electron's custom pageSize unit). Receipt rolls: fixed width, A4-length page. */
const PAPER: Record<StationConfig['slipPaper'], WebContentsPrintOptions['pageSize']> = {
  receipt80: { width: 80_000, height: 297_000 },
  receipt58: { width: 58_000, height: 297_000 },
  A4: 'A4',
  A5: 'A5',
};

export interface PrinterFacts {
  name: string;
  isDefault?: boolean;
}

export type PrintPlan = { ok: true; options: WebContentsPrintOptions } | { ok: false; error: string };

/**
 * Decide the print job. A configured printer that the system does not list is an error — never silently print to
 * another device. With no printer configured, the system default is used, and it must exist.
 */
export function planPrint(
  config: Pick<StationConfig, 'printer' | 'slipPaper' | 'documentPaper'>,
  kind: PrintKind,
  printers: readonly PrinterFacts[],
): PrintPlan {
  if (printers.length === 0) return { ok: false, error: 'no_printer' };
  let deviceName: string | undefined;
  if (config.printer !== null) {
    const found = printers.find((p) => p.name === config.printer);
    if (!found) return { ok: false, error: 'printer_not_found' };
    deviceName = found.name;
  } else if (!printers.some((p) => p.isDefault)) {
    return { ok: false, error: 'no_default_printer' };
  }
  const paper = kind === 'slip' ? config.slipPaper : config.documentPaper;
  const options: WebContentsPrintOptions = {
    silent: true,
    printBackground: false,
    color: kind !== 'slip',
    margins: { marginType: kind === 'slip' ? 'none' : 'default' },
    pageSize: PAPER[paper],
    copies: 1,
  };
  if (deviceName) options.deviceName = deviceName;
  return { ok: true, options };
}
