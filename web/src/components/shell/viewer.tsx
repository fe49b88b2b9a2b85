'use client';
import { createContext, useContext } from 'react';
import type { Permission, ViewerFieldsFragment } from '@/gql/graphql';

/** The signed-in viewer, provided by AppShell (undefined while loading). */
export const ViewerContext = createContext<ViewerFieldsFragment | undefined>(undefined);

export function useViewer(): ViewerFieldsFragment | undefined {
  return useContext(ViewerContext);
}

export function hasPermission(viewer: ViewerFieldsFragment | undefined, p: Permission): boolean {
  if (!viewer) return false;
  // A tenant's ADMIN has everything inside its tenant, never the platform operator's area.
  if (p === 'PLATFORM') return viewer.permissions.includes('PLATFORM');
  return viewer.permissions.includes('ADMIN') || viewer.permissions.includes(p);
}

/** Renders children only when the viewer has the permission. */
export function IfAllowed({ permission, children }: { permission: Permission; children: React.ReactNode }) {
  return hasPermission(useViewer(), permission) ? children : null;
}
