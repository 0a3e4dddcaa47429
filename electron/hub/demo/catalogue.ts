// What the demo hall's postings are made of, trade by trade: titles and descriptions as a Shijiazhuang hall would
// write them, the usual pay (unit and range), job types and certificates. The seed and the search benchmark
// both draw from it, so the benchmark searches text that looks like the real thing.
import type { Certificate, JobType, PayUnit, Settlement } from '../../../shared/domain/enums';
import type { TradeCode } from '../../../shared/domain/trades';

export interface TradeCatalogue {
  titles: string[];
  descriptions: string[];
  pay: { unit: PayUnit; min: number; max: number; settlement: Settlement };
  jobTypes: JobType[];
  certificates: Certificate[];
  hours: [string, string];
  /** Who usually hires this trade. */
  households: boolean;
}

export const CATALOGUE: Record<TradeCode, TradeCatalogue> = {
  ac_repair: {
    titles: ['空调安装维修师傅', '家用空调清洗保养', '中央空调维保技工', '空调移机加氟工', '夏季空调安装工'],
    descriptions: ['负责家用空调安装、移机、加氟，需会看故障代码。', '商场中央空调日常巡检维保，有制冷证优先。', '夏季旺季空调安装，工具公司提供，按台另有提成。'],
    pay: { unit: 'day', min: 260, max: 400, settlement: 'daily' }, jobTypes: ['daily', 'seasonal', 'short_term'],
    certificates: ['refrigeration', 'height_work'], hours: ['08:00', '18:00'], households: true,
  },
  electrician: {
    titles: ['小区电路检修电工', '工厂维修电工', '装修水电工', '物业值班电工', '临时电工（持证）'],
    descriptions: ['负责小区配电房巡检和线路检修，需持有效电工证。', '厂区设备电气维修，能看懂电路图，两班倒。', '家装水电改造布线开槽，有经验者优先。'],
    pay: { unit: 'day', min: 250, max: 380, settlement: 'daily' }, jobTypes: ['daily', 'temporary', 'long_term'],
    certificates: ['electrician'], hours: ['08:00', '17:00'], households: false,
  },
  carpenter: {
    titles: ['装修木工师傅', '家具安装木工', '模板木工（工地）', '木门安装工'],
    descriptions: ['住宅装修吊顶、柜体制作，自带小工具。', '定制家具上门安装，会看图纸，按单结算也可。', '工地支模板，包吃住，干满一个月另有补贴。'],
    pay: { unit: 'day', min: 280, max: 420, settlement: 'daily' }, jobTypes: ['daily', 'short_term', 'temporary'],
    certificates: [], hours: ['07:30', '17:30'], households: false,
  },
  renovation: {
    titles: ['瓷砖铺贴装修工', '旧房翻新装修工', '装修小工（搬料打杂）', '墙面腻子找平工'],
    descriptions: ['二手房翻新，贴砖、刮腻子、打杂都需要。', '装修公司长期合作，活多稳定，周结工资。', '装修小工，帮忙搬料清渣，不需要经验。'],
    pay: { unit: 'day', min: 200, max: 350, settlement: 'weekly' }, jobTypes: ['daily', 'short_term', 'temporary'],
    certificates: [], hours: ['08:00', '18:00'], households: true,
  },
  cleaner: {
    titles: ['写字楼保洁员', '小区保洁（长期）', '开荒保洁（新房）', '商场夜班保洁', '家庭日常保洁钟点工'],
    descriptions: ['负责楼层公共区域卫生，工作轻松，有午餐。', '新房开荒保洁，按天结算，工具公司出。', '家庭日常打扫，每次三小时，离家近优先。'],
    pay: { unit: 'hour', min: 24, max: 35, settlement: 'daily' }, jobTypes: ['hourly', 'daily', 'long_term'],
    certificates: ['health'], hours: ['08:00', '12:00'], households: true,
  },
  mover: {
    titles: ['搬家搬运工', '物流园装卸工', '建材搬运工', '超市夜间卸货'],
    descriptions: ['搬家公司跟车搬运，身体好能吃苦，当天结账。', '物流园装卸货车，计件加底薪，多劳多得。', '夜间卸货上架，晚十点到早六点。'],
    pay: { unit: 'day', min: 200, max: 320, settlement: 'daily' }, jobTypes: ['daily', 'hourly', 'temporary'],
    certificates: [], hours: ['07:00', '17:00'], households: true,
  },
  housekeeping: {
    titles: ['住家保姆（照顾老人）', '白班家政阿姨', '做饭保姆（两餐）', '育儿嫂'],
    descriptions: ['照顾一位八十岁老人起居和做饭，家住裕华区。', '白天打扫卫生、做午饭，周末休息。', '照看一岁半宝宝，有育婴师证优先。'],
    pay: { unit: 'month', min: 4500, max: 7000, settlement: 'monthly' }, jobTypes: ['long_term', 'short_term'],
    certificates: ['health', 'nanny'], hours: ['08:00', '18:00'], households: true,
  },
  maternity_nurse: {
    titles: ['金牌月嫂（26天）', '月嫂（住家）', '产后护理月嫂'],
    descriptions: ['照顾产妇和新生儿26天，需有母婴护理证。', '预产期下月初，住家，有经验带过双胞胎优先。', '负责月子餐、宝宝洗澡抚触，好评可续单。'],
    pay: { unit: 'month', min: 8000, max: 15000, settlement: 'monthly' }, jobTypes: ['short_term', 'temporary'],
    certificates: ['maternity', 'health'], hours: ['00:00', '23:59'], households: true,
  },
  packer: {
    titles: ['电商仓库包装工', '食品厂包装工', '节日礼盒包装临时工', '药厂包装线操作工'],
    descriptions: ['电商订单打包贴单，坐着干活，有空调。', '食品车间包装，需办健康证，包工作餐。', '节前礼盒包装赶货，干半个月，日结。'],
    pay: { unit: 'hour', min: 22, max: 28, settlement: 'weekly' }, jobTypes: ['hourly', 'seasonal', 'temporary', 'long_term'],
    certificates: ['health'], hours: ['08:30', '18:00'], households: false,
  },
  customer_service: {
    titles: ['电话客服专员', '售后客服（坐班）', '商场服务台客服'],
    descriptions: ['接听客户来电，普通话标准，会用电脑打字。', '售后问题登记和回访，五天八小时。', '商场服务台咨询登记，形象好。'],
    pay: { unit: 'month', min: 4000, max: 5500, settlement: 'monthly' }, jobTypes: ['long_term', 'short_term'],
    certificates: [], hours: ['09:00', '18:00'], households: false,
  },
  truck_driver: {
    titles: ['4.2米货车司机', '冷链货车司机', '渣土车司机（夜班）', '城配货车司机'],
    descriptions: ['石家庄市内配送，需B2驾照，熟悉路线。', '冷链运输跑京津冀，有押金车辆公司提供。', '城配送货，早出晚归，月休四天。'],
    pay: { unit: 'month', min: 6500, max: 9500, settlement: 'monthly' }, jobTypes: ['long_term', 'temporary'],
    certificates: ['driver_b'], hours: ['06:00', '18:00'], households: false,
  },
  driver: {
    titles: ['商务车司机', '接送孩子司机（兼职）', '班车司机', '代驾司机'],
    descriptions: ['公司商务接待用车，C1驾照五年以上驾龄。', '早晚接送孩子上下学，每天两小时，车由家里提供。', '厂区通勤班车，早晚各一趟。'],
    pay: { unit: 'hour', min: 30, max: 45, settlement: 'weekly' }, jobTypes: ['hourly', 'long_term', 'short_term'],
    certificates: ['driver_c'], hours: ['07:00', '09:00'], households: true,
  },
  cook: {
    titles: ['食堂厨师', '快餐店炒锅厨师', '宴席帮厨厨师', '面点师傅'],
    descriptions: ['工厂食堂大锅菜，两百人用餐，包住。', '快餐店炒锅，会做家常菜，中午高峰忙。', '周末婚宴厨师，按场结算。'],
    pay: { unit: 'day', min: 220, max: 350, settlement: 'daily' }, jobTypes: ['daily', 'long_term', 'temporary'],
    certificates: ['chef', 'health'], hours: ['09:00', '20:00'], households: false,
  },
  kitchen_helper: {
    titles: ['饭店帮厨', '食堂切配工', '后厨洗碗工'],
    descriptions: ['配菜切菜洗菜，听从厨师安排。', '中午高峰洗碗，十点到两点。', '学校食堂帮厨，寒暑假休息。'],
    pay: { unit: 'hour', min: 22, max: 27, settlement: 'weekly' }, jobTypes: ['hourly', 'daily', 'long_term'],
    certificates: ['health'], hours: ['10:00', '14:00'], households: false,
  },
  security: {
    titles: ['小区保安', '商场保安（白班）', '活动临时保安', '工地门卫'],
    descriptions: ['小区门岗值守，四十五岁以下，有保安证优先。', '演唱会场外秩序维护，一天，管饭。', '工地门卫登记车辆，包住。'],
    pay: { unit: 'month', min: 3900, max: 5000, settlement: 'monthly' }, jobTypes: ['long_term', 'temporary', 'daily'],
    certificates: ['security_guard'], hours: ['08:00', '20:00'], households: false,
  },
  welder: {
    titles: ['电焊工（持证）', '二保焊焊工', '钢结构焊工'],
    descriptions: ['钢结构厂房焊接，需持焊工证。', '二保焊熟练工，计件多劳多得。', '设备维修焊补，临时三天。'],
    pay: { unit: 'day', min: 300, max: 450, settlement: 'daily' }, jobTypes: ['daily', 'temporary', 'long_term'],
    certificates: ['welder'], hours: ['07:30', '17:30'], households: false,
  },
  plumber: {
    titles: ['水暖维修工', '暖气安装工', '管道疏通师傅'],
    descriptions: ['供暖季前暖气片安装和试压。', '小区水管漏水维修，随叫随到。', '下水道疏通，有工具者优先。'],
    pay: { unit: 'day', min: 240, max: 360, settlement: 'daily' }, jobTypes: ['daily', 'seasonal', 'hourly'],
    certificates: [], hours: ['08:00', '17:00'], households: true,
  },
  painter: {
    titles: ['油漆工（墙面）', '乳胶漆粉刷工', '钢构防腐油漆工'],
    descriptions: ['墙面刷乳胶漆，活干得细致。', '厂房钢构喷漆，需高处作业证。', '旧房墙面翻新粉刷。'],
    pay: { unit: 'day', min: 230, max: 350, settlement: 'daily' }, jobTypes: ['daily', 'short_term'],
    certificates: ['height_work'], hours: ['08:00', '17:00'], households: true,
  },
  courier: {
    titles: ['快递分拣员（夜班）', '双十一分拣临时工', '快递站理货员'],
    descriptions: ['分拣中心夜班分拣扫码，有夜班补贴。', '电商大促临时分拣，干满十五天有奖励。', '快递驿站上架出库。'],
    pay: { unit: 'hour', min: 23, max: 30, settlement: 'daily' }, jobTypes: ['hourly', 'seasonal', 'temporary'],
    certificates: [], hours: ['20:00', '06:00'], households: false,
  },
  delivery: {
    titles: ['外卖骑手（全职）', '外卖骑手（兼职午高峰）', '同城跑腿配送员'],
    descriptions: ['电动车公司提供，单量稳定，多劳多得。', '中午十一点到一点送餐，适合兼职。', '同城配送文件和小件。'],
    pay: { unit: 'hour', min: 25, max: 35, settlement: 'weekly' }, jobTypes: ['hourly', 'long_term'],
    certificates: [], hours: ['10:30', '13:30'], households: false,
  },
  waiter: {
    titles: ['饭店服务员', '婚宴临时服务员', '茶楼服务员'],
    descriptions: ['点菜传菜，管两餐。', '周末婚宴传菜，一天结一次。', '茶楼晚班，穿工服。'],
    pay: { unit: 'hour', min: 22, max: 28, settlement: 'daily' }, jobTypes: ['hourly', 'daily', 'long_term'],
    certificates: ['health'], hours: ['10:00', '21:00'], households: false,
  },
  farmhand: {
    titles: ['果园摘梨工（赵县）', '大棚蔬菜采摘工', '麦收帮工', '苗圃除草工'],
    descriptions: ['秋季摘梨，包午饭，早上有车接送。', '大棚西红柿采摘装箱，活不累。', '夏收季节帮工，干十天。'],
    pay: { unit: 'day', min: 180, max: 240, settlement: 'daily' }, jobTypes: ['seasonal', 'daily'],
    certificates: [], hours: ['06:00', '14:00'], households: true,
  },
  caregiver: {
    titles: ['医院护工（一对一）', '养老院护理员', '居家陪护'],
    descriptions: ['医院陪护术后病人，二十四小时。', '养老院护理老人，有护理经验优先。', '白天上门陪护老人，聊天做饭。'],
    pay: { unit: 'day', min: 200, max: 300, settlement: 'weekly' }, jobTypes: ['daily', 'long_term', 'short_term'],
    certificates: ['health'], hours: ['08:00', '20:00'], households: true,
  },
  warehouse: {
    titles: ['仓库理货员', '叉车司机（仓库）', '仓库盘点临时工'],
    descriptions: ['仓库收发货、理货，会用扫码枪。', '持叉车证，仓库装卸，长白班。', '年底盘点三天，日结。'],
    pay: { unit: 'hour', min: 23, max: 32, settlement: 'weekly' }, jobTypes: ['hourly', 'temporary', 'long_term'],
    certificates: ['forklift'], hours: ['08:00', '17:00'], households: false,
  },
};
