'use client';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { Permission, ViewerFieldsFragment } from '@/gql/graphql';
import { errorCode, errorMessage } from '@/lib/errors';
import { setToken, useToken } from '@/lib/session';
import { LiveIndicator } from './LiveIndicator';
import { ViewerContext, hasPermission } from './viewer';
import styles from './shell.module.css';
import { asyncHandler } from '@/lib/async-handler';

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    id
    kind
    label
    role
    permissions
    tenantName
  }
`);

const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

interface NavItem {
  href: string;
  label: string;
  needs: Permission;
  /** Hidden from viewers with this permission (they have the item elsewhere). */
  hiddenFor?: Permission;
}

const NAV: Array<{ section: string; items: NavItem[] }> = [
  {
    section: 'Operate',
    items: [
      { href: '/live', label: 'Live', needs: 'READ' },
      { href: '/campaigns', label: 'Campaigns', needs: 'READ' },
      { href: '/lists', label: 'Recipient lists', needs: 'RECIPIENTS_WRITE' },
      { href: '/reports', label: 'Reports', needs: 'READ' },
      { href: '/agents', label: 'Agents', needs: 'CAMPAIGNS_WRITE' },
    ],
  },
  {
    section: 'Settings',
    items: [
      { href: '/settings/gateways', label: 'Gateways', needs: 'SETTINGS_WRITE' },
      { href: '/settings/calendars', label: 'Calendars', needs: 'SETTINGS_WRITE' },
      { href: '/settings/dnc', label: 'Do not call', needs: 'SETTINGS_WRITE' },
      { href: '/settings/limits', label: 'Limits', needs: 'SETTINGS_WRITE' },
      { href: '/settings/api-keys', label: 'API keys', needs: 'ADMIN' },
      { href: '/settings/users', label: 'Users', needs: 'ADMIN' },
      { href: '/settings/audit', label: 'Audit log', needs: 'ADMIN', hiddenFor: 'PLATFORM' },
    ],
  },
  {
    section: 'Operator',
    items: [
      { href: '/operator/tenants', label: 'Tenants', needs: 'PLATFORM' },
      { href: '/operator/audit', label: 'Audit log', needs: 'PLATFORM' },
    ],
  },
];

export function can(viewer: ViewerFieldsFragment | undefined, p: Permission): boolean {
  return hasPermission(viewer, p);
}

/** The signed-in frame: navigation filtered by the viewer's permissions, live indicator, sign out. */
export function AppShell({ children }: { children: ReactNode }) {
  const token = useToken();
  const router = useRouter();
  const pathname = usePathname();
  const [{ data, error }] = useQuery({ query: MeQuery, pause: !token });
  const [, logout] = useMutation(LogoutMutation);
  // Signing out goes to a plain /login; losing the session elsewhere comes back here after sign-in.
  const signingOut = useRef(false);

  useEffect(() => {
    if (token === null) router.replace(signingOut.current ? '/login' : `/login?next=${encodeURIComponent(pathname)}`);
  }, [token, router, pathname]);
  if (!token) return null;

  const viewer = data?.me;
  const signOut = async () => {
    await logout({});
    signingOut.current = true;
    setToken(null);
    router.replace('/login');
  };

  return (
    <div className={styles.frame}>
      <aside className={styles.side}>
        <div className={styles.brand}>Pacer</div>
        <nav aria-label="Main">
          {NAV.map((group) => {
            const items = group.items.filter((i) => can(viewer, i.needs) && !(i.hiddenFor && can(viewer, i.hiddenFor)));
            if (items.length === 0) return null;
            return (
              <div key={group.section} className={styles.group}>
                <div className={styles.groupTitle}>{group.section}</div>
                {items.map((i) => (
                  <Link key={i.href} href={i.href} className={pathname.startsWith(i.href) ? styles.active : styles.link}>
                    {i.label}
                  </Link>
                ))}
              </div>
            );
          })}
          {viewer?.role === 'AGENT' && (
            <div className={styles.group}>
              <div className={styles.groupTitle}>Agent</div>
              <Link href="/desk" className={pathname.startsWith('/desk') ? styles.active : styles.link}>
                My desk
              </Link>
            </div>
          )}
        </nav>
      </aside>
      <div className={styles.main}>
        <header className={styles.top}>
          <LiveIndicator />
          <span className={styles.spacer} />
          {error && <span className="error">{errorMessage(error)}</span>}
          {viewer && (
            <span className={styles.who} data-testid="viewer">
              {viewer.label} · {viewer.role ?? viewer.kind} · {viewer.tenantName}
            </span>
          )}
          <button type="button" className="button ghost" onClick={asyncHandler(signOut)}>
            Sign out
          </button>
        </header>
        <main className={styles.content}>
          {errorCode(error) === 'FORBIDDEN' && (
            <div className="notice warn" role="alert" data-testid="access-refused">
              {errorMessage(error)}
            </div>
          )}
          <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>
        </main>
      </div>
    </div>
  );
}
