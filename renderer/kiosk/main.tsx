import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import { createStationClient, useStation } from '../common/station';

const client = createStationClient('kiosk');
client.start();

function App() {
  const state = useStation(client);
  return <main><h1>GigHall kiosk</h1><p data-testid="status">{state.status}</p>{state.pairingCode && <p>{state.pairingCode}</p>}<p>{state.records.posting.size}</p></main>;
}

createRoot(document.getElementById('root')!).render(<App />);
