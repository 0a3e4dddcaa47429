import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { EmployerForm } from './EmployerForm';
import { renderConsole } from '../../../tests/helpers/console';
import { creditCheck } from '../../../shared/validate/creditCode';

function fill(id: string, value: string) {
  fireEvent.change(document.getElementById(id)!, { target: { value } });
}
function fillValidEnterprise(code: string) {
  fill('employer-name', '石家庄恒达物业服务有限公司');
  fill('employer-creditCode', code);
  fill('employer-contactName', '李经理');
  fill('employer-contactPhone', '13931112222');
  fill('employer-district', '130102');
}
const errorAt = (field: string) => document.querySelector(`[data-error-for="${field}"]`)?.textContent ?? null;

describe('EmployerForm', () => {
  it('names the forbidden letter in a credit code and sends nothing', async () => {
    const { sent } = renderConsole(<EmployerForm onSaved={() => undefined} />);
    fillValidEnterprise('91350100M000100O43');
    fireEvent.submit(screen.getByTestId('employer-form'));
    await waitFor(() => expect(errorAt('creditCode')).toContain('“O”'));
    expect(sent).toHaveLength(0);
  });

  it('says the embedded organisation code fails its check, in either language', async () => {
    const body = '91350100M000100Y5'; // organisation code check changed from 4 to 5
    const { sent, i18n } = renderConsole(<EmployerForm onSaved={() => undefined} />);
    fillValidEnterprise(body + creditCheck(body));
    fireEvent.submit(screen.getByTestId('employer-form'));
    await waitFor(() => expect(errorAt('creditCode')).toContain('组织机构代码'));
    await act(() => i18n.changeLanguage('en'));
    expect(errorAt('creditCode')).toContain('embedded organisation code');
    expect(sent).toHaveLength(0);
  });

  it('marks every missing required field at once', async () => {
    const { sent } = renderConsole(<EmployerForm onSaved={() => undefined} />);
    fireEvent.submit(screen.getByTestId('employer-form'));
    await waitFor(() => expect(errorAt('name')).not.toBeNull());
    expect(errorAt('contactName')).not.toBeNull();
    expect(errorAt('contactPhone')).toContain('11 位');
    expect(errorAt('district')).not.toBeNull();
    expect(errorAt('creditCode')).toContain('企业须填写统一社会信用代码');
    expect(sent).toHaveLength(0);
  });

  it('checks a household by the householder ID number instead', async () => {
    const { sent } = renderConsole(<EmployerForm onSaved={() => undefined} />);
    fill('employer-kind', 'household');
    fill('employer-name', '张女士家');
    fill('employer-householderId', '110105194912310021');
    fill('employer-contactName', '张女士');
    fill('employer-contactPhone', '13931112222');
    fill('employer-district', '130102');
    fireEvent.submit(screen.getByTestId('employer-form'));
    await waitFor(() => expect(errorAt('householderId')).toContain('最后一位应为 X'));
    expect(sent).toHaveLength(0);
    fill('employer-householderId', '11010519491231002X');
    fireEvent.submit(screen.getByTestId('employer-form'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      name: 'employer.create',
      args: { kind: 'household', householderId: '11010519491231002X', creditCode: null },
    });
  });

  it('sends a valid enterprise and shows a hub error at the field it names', async () => {
    const { sent } = renderConsole(<EmployerForm onSaved={() => undefined} />, {
      answer: () => ({
        ok: false,
        error: {
          code: 'invalid_args',
          field: 'creditCode',
          message: { zh: '该统一社会信用代码已登记', en: 'This credit code is already registered' },
        },
      }),
    });
    fillValidEnterprise('91350100M000100Y43');
    fireEvent.submit(screen.getByTestId('employer-form'));
    await waitFor(() => expect(errorAt('creditCode')).toBe('该统一社会信用代码已登记'));
    expect(sent[0]).toMatchObject({
      name: 'employer.create',
      args: { creditCode: '91350100M000100Y43', district: '130102' },
    });
  });
});
