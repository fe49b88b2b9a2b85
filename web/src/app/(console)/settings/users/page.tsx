import { UsersPanel } from '@/components/settings/UsersPanel';

export default function Page() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Users</h1>
          <div className="muted">People who sign in to this tenant.</div>
        </div>
      </div>
      <UsersPanel />
    </>
  );
}
