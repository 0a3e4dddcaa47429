// The printable guide to applying for labour arbitration (劳动仲裁申请指引) the desk hands a worker when mediation
// has not recovered their wages: the steps, the materials to bring, the one-year time limit and where to go. The
// law it follows: 《中华人民共和国劳动争议调解仲裁法》 (one-year limit from when the worker knew or should have
// known, art. 27; jurisdiction where the work was done or where the employer is, art. 21; no fee, art. 53).

export interface ArbitrationGuide {
  title: string;
  intro: string;
  steps: string[];
  materials: string[];
  timeLimit: string;
  where: string[];
  help: string[];
}

/** The guide for a hall in `city` (its name, e.g. 石家庄市), with the hall's name and phone for help. */
export function arbitrationGuide(city: string, hallName: string): ArbitrationGuide {
  return {
    title: '劳动人事争议仲裁申请指引',
    intro: '用工方拖欠、克扣工资或发生工伤争议，经零工市场调解仍未解决的，您可以申请劳动人事争议仲裁。申请仲裁不收费。',
    steps: [
      '准备材料：按下面的清单带齐材料（复印件一式两份，原件备查）。',
      '填写仲裁申请书：写明双方信息、请求事项（例如“支付拖欠工资××元”）、事实和理由。仲裁委窗口可领取样本。',
      '提交申请：到有管辖权的劳动人事争议仲裁委员会立案窗口提交，也可通过当地人社部门的网上仲裁平台提交。',
      '受理：仲裁委收到申请后五日内决定是否受理；不予受理或逾期未作决定的，可以就该争议向人民法院起诉。',
      '开庭和裁决：按通知时间参加开庭，可申请调解；仲裁庭一般在受理后四十五日内作出裁决。',
      '执行：对方不履行生效的调解书或裁决书的，可以向人民法院申请强制执行。',
    ],
    materials: [
      '本人身份证原件及复印件',
      '仲裁申请书（按被申请人人数提交副本）',
      '用工方的名称、地址、统一社会信用代码或户主身份证信息（可向零工市场索取介绍信和用工协议存档）',
      '用工协议（短期用工协议）、零工市场介绍信及回执',
      '证明工作和工资的证据：考勤记录、工作照片、聊天记录、转账记录、工资条、证人信息等',
      '零工市场的调解记录（向服务台索取）',
    ],
    timeLimit:
      '时效：劳动争议申请仲裁的时效期间为一年，从您知道或者应当知道自己的权利被侵害之日起计算。请尽早申请，不要等到快过期。',
    where: [
      `劳动合同履行地（您干活的地方）或用工方所在地的劳动人事争议仲裁委员会，例如${city}或所在区县的劳动人事争议仲裁委员会。`,
      '也可以先拨打 12333 人社服务热线，咨询具体地址和办理时间。',
      '工伤争议：先申请工伤认定，再就待遇等争议申请仲裁。',
    ],
    help: [`${hallName}服务台可以帮您核对材料、复印介绍信和用工协议存档，并提供维权指导。`],
  };
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The guide as a printed page (A4): numbered steps, a checklist with boxes, the time limit in a box. */
export function arbitrationGuideDocument(g: ArbitrationGuide): string {
  return (
    `<article class="doc doc-a4 guide"><h1>${esc(g.title)}</h1><p>${esc(g.intro)}</p>` +
    `<h3>办理步骤</h3><ol>${g.steps.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>` +
    `<h3>材料清单</h3><ul class="checklist">${g.materials.map((s) => `<li>☐ ${esc(s)}</li>`).join('')}</ul>` +
    `<div class="time-limit"><strong>${esc(g.timeLimit)}</strong></div>` +
    `<h3>到哪里申请</h3><ul>${g.where.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>` +
    `<h3>求助</h3>${g.help.map((s) => `<p>${esc(s)}</p>`).join('')}</article>`
  );
}
