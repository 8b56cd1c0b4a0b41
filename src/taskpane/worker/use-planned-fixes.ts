import * as React from 'react';
import type { Fix } from '../../core/fix/plan';
import { planFixesFor } from '../engine';
import type { PaneReport } from './protocol';

/**
 * The fixes of the report on screen, planned off the page's thread once per report and 序号 choice
 * (never while rendering): none until the plan arrives, and none for a report that is no longer shown.
 */
export function usePlannedFixes(report: PaneReport | undefined, renumber: boolean): Fix[] {
  const [planned, setPlanned] = React.useState<{ report: PaneReport; renumber: boolean; fixes: Fix[] }>();
  React.useEffect(() => {
    if (!report) return undefined;
    let current = true;
    planFixesFor(report, { renumber })
      .then((fixes) => current && setPlanned({ report, renumber, fixes }))
      // a plan that could not be made offers no fixes; the findings are still listed
      .catch(() => current && setPlanned({ report, renumber, fixes: [] }));
    return () => {
      current = false;
    };
  }, [report, renumber]);
  return planned && planned.report === report && planned.renumber === renumber ? planned.fixes : [];
}
