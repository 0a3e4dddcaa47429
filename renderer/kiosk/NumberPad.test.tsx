import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { fireEvent, screen } from '@testing-library/react';
import { NumberPad } from './NumberPad';
import { renderInSession } from '../../tests/helpers/kiosk';

function Pad(props: { mask?: boolean; grouping?: 'phone'; maxLength?: number }) {
  const [v, setV] = useState('');
  return (
    <NumberPad
      id="t"
      label="手机号"
      value={v}
      onChange={setV}
      maxLength={props.maxLength ?? 11}
      mask={props.mask}
      grouping={props.grouping}
    />
  );
}
const tap = (label: string) => fireEvent.click(screen.getByRole('button', { name: label }));

describe('NumberPad', { timeout: 20_000 }, () => {
  it('types digits, groups a phone number 3-4-4, deletes and clears', () => {
    renderInSession(<Pad grouping="phone" />);
    for (const d of '13912345678') tap(`数字 ${d}`);
    expect(screen.getByTestId('t-value').textContent).toBe('139 1234 5678');
    tap('删一个');
    expect(screen.getByTestId('t-value').textContent).toBe('139 1234 567');
    tap('清空');
    expect(screen.getByTestId('t-value').textContent?.trim()).toBe('');
  });
  it('stops at the maximum length', () => {
    renderInSession(<Pad maxLength={4} />);
    for (const d of '123456') tap(`数字 ${d}`);
    expect(screen.getByTestId('t-value').textContent).toBe('1234');
  });
  it('masks a PIN', () => {
    renderInSession(<Pad mask maxLength={6} />);
    for (const d of '2468') tap(`数字 ${d}`);
    expect(screen.getByTestId('t-value').textContent).toBe('●●●●');
  });
  it('shows an error as an alert next to the field', () => {
    renderInSession(
      <NumberPad id="e" label="x" value="2" onChange={() => undefined} maxLength={11} error="手机号要以 1 开头" />,
    );
    expect(screen.getByRole('alert').textContent).toContain('1 开头');
  });
});
