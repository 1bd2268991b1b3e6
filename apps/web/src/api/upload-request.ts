import type { z } from 'zod';
import { apiErrorFrom, apiUrl, networkError, parseAnswer, requestHeaders } from './http-client';

/** How much of an upload the browser has sent so far. */
export type UploadProgress = { loaded: number; total: number };

/** One raw-body upload: the file is the whole request body, sent as `contentType`. */
export type UploadOptions<S extends z.ZodType> = {
  query?: Record<string, string | number | undefined>;
  body: Blob;
  contentType: string;
  schema: S;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

/**
 * POSTs a file as the raw request body through XMLHttpRequest, which (unlike fetch) reports upload
 * progress; same session cookie, CSRF header and error handling as `apiRequest`.
 */
export function uploadRequest<S extends z.ZodType>(path: string, options: UploadOptions<S>): Promise<z.infer<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path, options.query));
    for (const [name, value] of Object.entries(requestHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Content-Type', options.contentType);
    xhr.upload.onprogress = (event) => options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : options.body.size });
    xhr.onload = () => {
      const body = readJson(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) return reject(apiErrorFrom(xhr.status, body, xhr.statusText));
      try {
        resolve(parseAnswer(options.schema, xhr.status, body));
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(options.body);
  });
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
