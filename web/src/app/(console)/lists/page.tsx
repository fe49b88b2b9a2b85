import { RecipientLists } from '@/components/lists/RecipientLists';

export default function ListsPage() {
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Recipient lists</h1>
          <div className="muted">Load contacts once, attach them to campaigns.</div>
        </div>
      </div>
      <RecipientLists />
    </>
  );
}
