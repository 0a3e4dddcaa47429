// The display settings the desk changes live: layout, LED size, filters, and the dark/dim hours of issue 3.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderConsole } from '../../../tests/helpers/console';
import { DisplayConfigForm } from './DisplayConfigForm';
import { DisplayConfig } from '../../../shared/domain/schemas';
import type { Station } from '../../../shared/domain/entities';

const station: Station = {
  id: 's1',
  version: 1,
  updatedAt: 0,
  name: '外墙LED',
  role: 'display',
  pairedAt: 0,
  revoked: false,
  display: DisplayConfig.parse({}),
};

describe('DisplayConfigForm', () => {
  it('sends an LED layout with its pixel size and night-off hours that wrap midnight', async () => {
    const { sent } = renderConsole(<DisplayConfigForm station={station} />);
    fireEvent.change(screen.getByLabelText('版式'), { target: { value: 'led' } });
    fireEvent.change(screen.getByLabelText('LED宽度（像素）'), { target: { value: '768' } });
    fireEvent.change(screen.getByLabelText('LED高度（像素）'), { target: { value: '384' } });
    fireEvent.change(screen.getByLabelText('关屏开始'), { target: { value: '22:00' } });
    fireEvent.change(screen.getByLabelText('关屏结束'), { target: { value: '06:00' } });
    fireEvent.click(screen.getByRole('button', { name: '应用到大屏' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      name: 'station.configure',
      args: {
        stationId: 's1',
        display: {
          layout: 'led',
          ledWidth: 768,
          ledHeight: 384,
          schedule: { darkFrom: '22:00', darkTo: '06:00', dimFrom: null, dimTo: null },
        },
      },
    });
  });

  it('refuses an LED size the walls cannot have, at the field, and sends nothing', async () => {
    const { sent } = renderConsole(
      <DisplayConfigForm station={{ ...station, display: { ...station.display!, layout: 'led' } }} />,
    );
    fireEvent.change(screen.getByLabelText('LED宽度（像素）'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: '应用到大屏' }));
    const error = await waitFor(() => {
      const el = document.querySelector('[data-error-for="ledWidth"]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(error.textContent).toBe('LED宽度不能小于64');
    expect(sent).toHaveLength(0);
  });
});
