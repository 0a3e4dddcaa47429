// Trades (工种) offered as tiles on the kiosk and as a picker in the console. `zh` is also indexed for search,
// so its pinyin initials (dg → 电工) work without the visitor typing Chinese.

export interface Trade {
  code: string;
  zh: string;
  en: string;
  /** An emoji icon: no image to fetch, and it renders in the bundled colour-emoji-less fonts as a glyph. */
  icon: string;
}

export const TRADES = [
  { code: 'ac_repair', zh: '空调维修', en: 'AC repair', icon: '❄️' },
  { code: 'electrician', zh: '电工', en: 'Electrician', icon: '⚡' },
  { code: 'carpenter', zh: '木工', en: 'Carpenter', icon: '🪚' },
  { code: 'renovation', zh: '装修工', en: 'Renovation', icon: '🧱' },
  { code: 'cleaner', zh: '保洁', en: 'Cleaning', icon: '🧹' },
  { code: 'mover', zh: '搬运', en: 'Moving', icon: '📦' },
  { code: 'housekeeping', zh: '家政', en: 'Housekeeping', icon: '🏠' },
  { code: 'maternity_nurse', zh: '月嫂', en: 'Maternity nurse', icon: '👶' },
  { code: 'packer', zh: '包装工', en: 'Packing', icon: '🎁' },
  { code: 'customer_service', zh: '客服', en: 'Customer service', icon: '☎️' },
  { code: 'truck_driver', zh: '货车司机', en: 'Truck driver', icon: '🚚' },
  { code: 'driver', zh: '司机', en: 'Driver', icon: '🚗' },
  { code: 'cook', zh: '厨师', en: 'Cook', icon: '🍳' },
  { code: 'kitchen_helper', zh: '帮厨', en: 'Kitchen helper', icon: '🥢' },
  { code: 'security', zh: '保安', en: 'Security guard', icon: '🛡️' },
  { code: 'welder', zh: '焊工', en: 'Welder', icon: '🔥' },
  { code: 'plumber', zh: '水暖工', en: 'Plumber', icon: '🔧' },
  { code: 'painter', zh: '油漆工', en: 'Painter', icon: '🖌️' },
  { code: 'courier', zh: '快递分拣', en: 'Parcel sorting', icon: '📮' },
  { code: 'delivery', zh: '外卖配送', en: 'Food delivery', icon: '🛵' },
  { code: 'waiter', zh: '服务员', en: 'Waiter', icon: '🍽️' },
  { code: 'farmhand', zh: '农活帮工', en: 'Farm work', icon: '🌾' },
  { code: 'caregiver', zh: '护工', en: 'Caregiver', icon: '🩺' },
  { code: 'warehouse', zh: '仓库理货', en: 'Warehouse', icon: '🏬' },
] as const satisfies readonly Trade[];

export type TradeCode = (typeof TRADES)[number]['code'];
export const TRADE_CODES = TRADES.map((t) => t.code) as unknown as readonly [TradeCode, ...TradeCode[]];
const BY_CODE = new Map<string, Trade>(TRADES.map((t) => [t.code, t]));
export function tradeByCode(code: string): Trade | undefined {
  return BY_CODE.get(code);
}
