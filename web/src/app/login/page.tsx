import { Suspense } from 'react';
import { LoginForm } from '@/components/shell/LoginForm';

export default function LoginPage() {
  return (
    <Suspense>
      <LoginForm />
    </Suspense>
  );
}
