// Phone and ID numbers in text the public sees are found however they are typed, and ordinary posting text
// (dates, times, pay, counts, addresses) is not mistaken for one.
import { describe, expect, it } from 'vitest';
import { contactIn, noticeTextIssues, postingTextIssues } from './publicText';

describe('personal numbers in public text', () => {
  it.each([
    ['a mobile number', '有意者请联系13812345678'],
    ['a mobile number in groups', '电话 138 1234 5678 王经理'],
    ['a mobile number with hyphens', '138-1234-5678'],
    ['a mobile number in full-width digits', '联系１３８１２３４５６７８'],
    ['a landline with its area code', '电话0311-87654321'],
    ['a landline with the area code in brackets', '(0311)87654321'],
    ['a four-digit area code landline with a space', '0311 8765 4321'],
    ['a national service number', '400-123-4567'],
  ])('finds %s', (_what, text) => {
    expect(contactIn(text)).toBe('phone');
  });

  it.each([
    ['an ID number', '户主身份证130102196903150114'],
    ['an ID number ending in x', '11010519491231002x'],
    ['an ID number in groups', '130102 19690315 0114'],
    ['a first-generation 15-digit ID number', '130102690315011'],
  ])('finds %s', (_what, text) => {
    expect(contactIn(text)).toBe('id');
  });

  it.each([
    ['dates', '2026-12-01至2027-01-31，每周一到周五'],
    ['hours', '08:00-17:00，中午休息1小时'],
    ['pay', '日薪260元，月结8000元，满勤奖500元'],
    ['counts and ages', '招10人，年龄18-55岁，工作3年以上'],
    ['an address', '长安区中山东路100号3单元'],
    ['a long amount', '项目总额1000000元'],
    ['a number too short to be a phone', '工号1381234567'],
    ['a number too long to be a phone', '订单号138123456789'],
    ['nothing', ''],
  ])('leaves %s alone', (_what, text) => {
    expect(contactIn(text)).toBeNull();
  });

  it('names every public field of a posting that holds one, and a notice text', () => {
    expect(
      postingTextIssues({
        title: '电工13812345678',
        address: '长安区',
        description: '身份证130102196903150114',
        requirements: { note: '0311-87654321' },
      }),
    ).toEqual([
      { path: ['title'], key: 'contactInText' },
      { path: ['description'], key: 'contactInText' },
      { path: ['requirements', 'note'], key: 'contactInText' },
    ]);
    expect(noticeTextIssues({ text: '招聘会咨询 13812345678' })).toEqual([{ path: ['text'], key: 'contactInText' }]);
    expect(noticeTextIssues({ text: '今天下午3点招聘会' })).toEqual([]);
  });
});
