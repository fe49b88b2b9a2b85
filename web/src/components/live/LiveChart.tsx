'use client';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Sample } from './useWallboard';

const time = (t: number) => new Date(t).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Active calls and calls per minute over the last hour (the server's history, then what is pushed). */
export function LiveChart({ samples }: { samples: Sample[] }) {
  if (samples.length < 2)
    return (
      <div className="muted small" style={{ padding: 24, textAlign: 'center' }}>
        The chart fills as live figures arrive (one a second).
      </div>
    );
  return (
    <div style={{ width: '100%', height: 240 }} data-testid="live-chart">
      <ResponsiveContainer>
        <LineChart data={samples} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} tickFormatter={time} fontSize={11} />
          <YAxis allowDecimals={false} fontSize={11} />
          <Tooltip labelFormatter={(v) => time(Number(v))} />
          <Legend />
          <Line type="monotone" dataKey="activeCalls" name="Active calls" stroke="#1d4ed8" dot={false} isAnimationActive={false} />
          <Line
            type="monotone"
            dataKey="callsPerMinute"
            name="Calls ended / minute"
            stroke="#16a34a"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
