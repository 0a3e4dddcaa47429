// Strings every page shares: job types, settlements, pay units, statuses, connection states.
// Each app has its own catalogue beside this one (kiosk.ts, staff.ts, display.ts); all are plain objects so
// they work in any page and in tests. Keys are nested; i18next reads them as `jobType.hourly`.
export const common = {
  zh: {
    jobType: {
      hourly: '小时工',
      daily: '日结',
      short_term: '短期',
      temporary: '临时',
      seasonal: '季节工',
      long_term: '长期',
    },
    settlement: { daily: '日结', weekly: '周结', monthly: '月结' },
    payUnit: { hour: '小时', day: '天', piece: '件', month: '月' },
    postingStatus: { draft: '草稿', published: '已发布', filled: '已招满', closed: '已关闭', expired: '已过期' },
    gender: { male: '男', female: '女' },
    availability: {
      weekday_day: '工作日白天',
      weekday_evening: '工作日晚上',
      weekend_day: '周末白天',
      weekend_evening: '周末晚上',
    },
    connection: { online: '已连接', offline: '未连接服务器', connecting: '正在连接…', pairing: '等待配对' },
    pairing: { title: '本站点尚未配对', code: '配对码', hint: '请工作人员在服务台“站点管理”中输入此配对码' },
    notSetUp: { title: '本站尚未完成设置', hint: '请工作人员在服务台登录，选择本站所在城市' },
    language: { zh: '中文', en: 'English' },
  },
  en: {
    jobType: {
      hourly: 'Hourly',
      daily: 'Paid daily',
      short_term: 'Short-term',
      temporary: 'Temporary',
      seasonal: 'Seasonal',
      long_term: 'Long-term',
    },
    settlement: { daily: 'paid daily', weekly: 'paid weekly', monthly: 'paid monthly' },
    payUnit: { hour: 'hour', day: 'day', piece: 'piece', month: 'month' },
    postingStatus: { draft: 'Draft', published: 'Published', filled: 'Filled', closed: 'Closed', expired: 'Expired' },
    gender: { male: 'Male', female: 'Female' },
    availability: {
      weekday_day: 'Weekday daytime',
      weekday_evening: 'Weekday evening',
      weekend_day: 'Weekend daytime',
      weekend_evening: 'Weekend evening',
    },
    connection: {
      online: 'Connected',
      offline: 'Hub not reachable',
      connecting: 'Connecting…',
      pairing: 'Waiting for pairing',
    },
    notSetUp: {
      title: 'This hall is not set up yet',
      hint: "Staff: sign in at the front desk and choose the hall's city",
    },
    pairing: {
      title: 'This station is not paired yet',
      code: 'Pairing code',
      hint: 'Ask staff to enter this code under “Stations” at the front desk',
    },
    language: { zh: '中文', en: 'English' },
  },
} as const;
