'use client';
import { downloadWithAuth } from '@/lib/download';
import { getToken } from '@/lib/session';

export interface Upload {
  id: string;
  fileName: string;
  size: number;
  format: string;
  status: string;
}

/**
 * Sends a file to POST /imports (same origin, streamed on to the API) with XHR, because
 * fetch cannot report upload progress. Rejects with the API's message on 4xx/5xx.
 */
export function uploadFile(file: File, onProgress: (percent: number) => void): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/imports?filename=${encodeURIComponent(file.name)}`);
    const token = getToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new Error('The upload failed: the server cannot be reached'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status === 201 && body && typeof body === 'object' && 'id' in body) {
        resolve(body as Upload);
        return;
      }
      const message = body && typeof body === 'object' && 'error' in body ? (body as { error: { message?: string } }).error.message : null;
      reject(new Error(message ?? `The upload failed (HTTP ${xhr.status})`));
    };
    xhr.send(file);
  });
}

/** Downloads an import's rejected rows as CSV (the route needs the Authorization header). */
export function downloadRejections(importId: string, fileName: string): Promise<void> {
  return downloadWithAuth(`/imports/${importId}/rejections.csv`, `${fileName}.rejections.csv`);
}
