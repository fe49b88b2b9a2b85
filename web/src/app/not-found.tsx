import Link from 'next/link';

export default function NotFound() {
  return (
    <div style={{ padding: 48 }}>
      <h1>Not found</h1>
      <p className="muted">There is no page here.</p>
      <Link className="button" href="/campaigns">
        Go to campaigns
      </Link>
    </div>
  );
}
