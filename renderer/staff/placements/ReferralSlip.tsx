// The referral slip (介绍信) as printed: the hall, the slip number, who is referred to whom for what, the interview
// time and place, the clerk, and the QR code of the return receipt with its code written out. The worker's phone
// is printed in part only: the paper travels. Chinese only, as the paper is.
import type { Application, Employer, Posting, Site, Worker } from '../../../shared/domain/entities';
import { dateZh } from '../../../shared/placement/agreement';
import { hallDate } from '../../../shared/rules/hallTime';
import { hallZoneOf } from '../../../shared/rules/hallTime';
import { tradeName } from '../lib/labels';

export interface SlipData {
  app: Application;
  posting: Posting;
  employer: Employer | undefined;
  worker: Worker | undefined;
  site: Site;
  receiptCode: string;
  qr: string | null;
}

const maskPhone = (p: string) => (p.length === 11 ? `${p.slice(0, 3)}****${p.slice(7)}` : p);

export function ReferralSlip({ app, posting, employer, worker, site, receiptCode, qr }: SlipData) {
  const referral = app.referral!;
  const zone = hallZoneOf(site);
  const issued = dateZh(hallDate(referral.issuedAt, zone));
  const age = worker?.birthYear ? new Date(referral.issuedAt).getUTCFullYear() - worker.birthYear : null;
  const gender = worker?.gender === 'male' ? '男' : worker?.gender === 'female' ? '女' : '';
  const clerk = referral.by.kind === 'staff' ? referral.by.name : '';
  const iv = referral.interview;
  return (
    <article className="doc slip" data-testid="referral-slip">
      <h1>{site.name} 介绍信</h1>
      <p className="slip-no">
        编号：<b data-testid="slip-no">{referral.slipNo}</b>
      </p>
      <p>{employer?.name ?? posting.employerName}：</p>
      <p className="slip-body">
        兹介绍 <b>{worker?.name || '—'}</b>
        {gender || age ? `（${[gender, age ? `${age}岁` : ''].filter(Boolean).join('，')}）` : ''}
        ，电话 {maskPhone(app.phone)}，前往贵单位应聘 <b>{posting.title}</b>（{tradeName(posting.trade, 'zh')}
        ）岗位，请予接洽。
      </p>
      {iv ? (
        <>
          <p>
            面试时间：{dateZh(iv.date)} {iv.time}
          </p>
          <p>面试地点：{iv.place}</p>
          {iv.contact && <p>联系人：{iv.contact}</p>}
        </>
      ) : (
        <p>面试时间、地点：请与用工方联系确定</p>
      )}
      <p>
        经办人：{clerk}
        {'\u3000'}开具日期：{issued}
      </p>
      <div className="slip-receipt">
        {qr && <img className="slip-qr" src={qr} alt="回执二维码" data-testid="slip-qr" />}
        <div>
          <p>
            <b>用工方回执</b>：请扫码选择 已到岗 / 未录用 / 未到
          </p>
          <p>
            回执码 <span className="slip-code">{receiptCode}</span>（30 日内有效）
          </p>
          <p>7 日内未回执的，零工市场将电话回访。</p>
        </div>
      </div>
    </article>
  );
}
