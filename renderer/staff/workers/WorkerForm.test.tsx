import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { WorkerForm } from './WorkerForm';
import { renderConsole } from '../../../tests/helpers/console';

function fill(id: string, value: string) {
  fireEvent.change(document.getElementById(id)!, { target: { value } });
}
const errorAt = (field: string) => document.querySelector(`[data-error-for="${field}"]`)?.textContent ?? null;

describe('WorkerForm', () => {
  it('derives birth date and gender from the ID number and shows them', () => {
    renderConsole(<WorkerForm onSaved={() => undefined} />);
    fill('worker-idNumber', '11010519491231002x');
    expect(screen.getByText(/1949-12-31/).textContent).toContain('女');
  });

  it('flags a birth year and gender that disagree with the ID number, and sends nothing', async () => {
    const { sent } = renderConsole(<WorkerForm onSaved={() => undefined} />);
    fill('worker-name', '李秀英');
    fill('worker-phone', '13912345678');
    fill('worker-idNumber', '11010519491231002X');
    fill('worker-birthYear', '1950');
    fill('worker-gender', 'male');
    fireEvent.click(document.getElementById('worker-consent')!);
    fireEvent.submit(screen.getByTestId('worker-form'));
    await waitFor(() => expect(errorAt('birthYear')).toContain('1949'));
    expect(errorAt('gender')).toContain('女');
    expect(sent).toHaveLength(0);
  });

  it('says which ID check failed', async () => {
    renderConsole(<WorkerForm onSaved={() => undefined} />);
    fill('worker-idNumber', '110105194902301234');
    fireEvent.submit(screen.getByTestId('worker-form'));
    await waitFor(() => expect(errorAt('idNumber')).toContain('出生日期'));
  });

  it('needs consent and a name (or "to be completed") before sending', async () => {
    const { sent } = renderConsole(<WorkerForm onSaved={() => undefined} />);
    fill('worker-phone', '13912345678');
    fireEvent.submit(screen.getByTestId('worker-form'));
    await waitFor(() => expect(errorAt('consent')).not.toBeNull());
    expect(errorAt('name')).not.toBeNull();
    expect(sent).toHaveLength(0);
  });

  it('registers with birth year and gender taken from the ID number', async () => {
    const { sent } = renderConsole(<WorkerForm onSaved={() => undefined} />);
    fill('worker-name', '李秀英');
    fill('worker-phone', '13912345678');
    fill('worker-idNumber', '11010519491231002X');
    fill('worker-pin', '2468');
    fireEvent.click(document.getElementById('worker-consent')!);
    fireEvent.submit(screen.getByTestId('worker-form'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      name: 'worker.register',
      args: { name: '李秀英', birthYear: 1949, gender: 'female', idNumber: '11010519491231002X', pin: '2468' },
    });
  });
});
