import { ListDetail } from '@/components/lists/ListDetail';

export default async function ListPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ListDetail id={id} />;
}
