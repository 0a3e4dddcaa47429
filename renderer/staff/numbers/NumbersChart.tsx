// The chart of the hall's three numbers (登记 / 推荐 / 就业) per group, drawn with recharts. Loaded on demand (a
// separate chunk) so the console opens as fast as before; it needs no network.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartRow {
  label: string;
  registered: number;
  recommended: number;
  employed: number;
}

export default function NumbersChart({
  rows,
  names,
}: {
  rows: ChartRow[];
  names: Record<'registered' | 'recommended' | 'employed', string>;
}) {
  return (
    <div className="numbers-chart" data-testid="numbers-chart">
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="registered" name={names.registered} fill="#5b8def" isAnimationActive={false} />
          <Bar dataKey="recommended" name={names.recommended} fill="#f0a030" isAnimationActive={false} />
          <Bar dataKey="employed" name={names.employed} fill="#2e9d57" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
