import type { ResolveFn } from '@angular/router';

/**
 * The `batchId` of the learning hub (`pelatihan/:batchId/belajar`) for a page routed below it. The
 * app does not inherit params from parents that have a component (paramsInheritanceStrategy is the
 * default), so it is looked up the route path and handed to the page as resolved data, which
 * withComponentInputBinding binds to its `batchId` input.
 */
export const batchIdParam: ResolveFn<string> = (route) => {
  for (const ancestor of [...route.pathFromRoot].reverse()) {
    const batchId = ancestor.paramMap.get('batchId');
    if (batchId) return batchId;
  }
  return '';
};
