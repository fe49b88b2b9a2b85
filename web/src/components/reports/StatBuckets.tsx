'use client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { graphql } from '@/gql';
import type { StatBucketFieldsFragment } from '@/gql/graphql';
import { humanize } from '@/lib/format';

export const StatBucketFields = graphql(`
  fragment StatBucketFields on StatBucket {
    key
    count
    percent
  }
`);

/** One grouping of the statistics: a bar chart of the shares and the table of counts. */
export function StatBuckets({
  title,
  buckets,
  testId,
  keyLabel = humanize,
}: {
  title: string;
  buckets: StatBucketFieldsFragment[];
  testId: string;
  keyLabel?: (k: string) => string;
}) {
  const rows = buckets.map((b) => ({ ...b, label: keyLabel(b.key) }));
  return (
    <div className="card" data-testid={testId}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <div className="muted">Nothing to show.</div>
      ) : (
        <>
          <div style={{ width: '100%', height: Math.max(120, rows.length * 28 + 30) }}>
            <ResponsiveContainer>
              <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
                <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" unit="%" domain={[0, 100]} fontSize={11} />
                <YAxis type="category" dataKey="label" width={120} fontSize={12} />
                <Tooltip formatter={(v) => `${String(v)}%`} />
                <Bar dataKey="percent" name="Share" fill="#1d4ed8" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="table" style={{ marginTop: 8 }}>
            <thead>
              <tr>
                <th>{title.replace(/^By /, '')}</th>
                <th className="num">Recipients</th>
                <th className="num">Share</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.key} data-bucket={b.key}>
                  <td>{b.label}</td>
                  <td className="num">{b.count}</td>
                  <td className="num">{b.percent.toFixed(2)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
