// Strings of the hall wall displays and LED walls (display/). Read at a distance: short words, no sentences
// where a number will do. Keys nested; i18next reads them as `card.needed`. Top-level keys must not repeat
// common.ts's (the catalogues are merged one level deep).
export const display = {
  zh: {
    header: {
      today: '今日新增',
      newPostings: '{{count}}个岗位',
      needed: '还缺',
      neededPeople: '{{count}}人',
      openings: '在招岗位',
    },
    card: {
      needed: '招{{count}}人',
      starts: { today: '今天开工', tomorrow: '明天开工', date: '{{month}}月{{day}}日开工', started: '随时上岗' },
      hours: '{{from}}–{{to}}',
      household: '家庭用工',
      benefits: { meals: '包吃', lodging: '包住', transport: '有班车' },
    },
    ago: { now: '刚刚发布', minutes: '{{count}}分钟前发布', hours: '{{count}}小时前发布', days: '{{count}}天前发布' },
    date: {
      weekday: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
      full: '{{month}}月{{day}}日 {{weekday}}',
    },
    qr: { hint: '手机扫码看岗位', wifi: '连接大厅Wi-Fi' },
    offline: { updated: '更新于 {{time}}' },
    empty: { title: '暂无在招岗位', hint: '新岗位发布后会立即显示在这里' },
    notices: { label: '通知' },
    emergency: { label: '紧急通知' },
    pairingHub: '服务台地址：{{url}}',
    led: { page: '{{page}}/{{pages}}', empty: '暂无岗位' },
    desk: '报名请到服务台',
  },
  en: {
    header: {
      today: 'New today',
      newPostings: '{{count}} jobs',
      needed: 'Still needed',
      neededPeople: '{{count}} people',
      openings: 'Open jobs',
    },
    card: {
      needed: '{{count}} needed',
      starts: {
        today: 'Starts today',
        tomorrow: 'Starts tomorrow',
        date: 'Starts {{month}}/{{day}}',
        started: 'Start any time',
      },
      hours: '{{from}}–{{to}}',
      household: 'Household',
      benefits: { meals: 'Meals', lodging: 'Lodging', transport: 'Shuttle' },
    },
    ago: {
      now: 'Just posted',
      minutes: 'Posted {{count}} min ago',
      hours: 'Posted {{count}} h ago',
      days: 'Posted {{count}} d ago',
    },
    date: {
      weekday: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
      full: '{{weekday}} {{month}}/{{day}}',
    },
    qr: { hint: 'Scan for jobs', wifi: 'On the hall Wi-Fi' },
    offline: { updated: 'Updated {{time}}' },
    empty: { title: 'No open jobs right now', hint: 'New jobs show here as soon as they are posted' },
    notices: { label: 'Notice' },
    emergency: { label: 'Emergency' },
    pairingHub: 'Hub: {{url}}',
    led: { page: '{{page}}/{{pages}}', empty: 'No jobs yet' },
    desk: 'Apply at the front desk',
  },
} as const;
