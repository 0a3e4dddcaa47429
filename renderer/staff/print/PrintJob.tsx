// Printing documents from the console: the referral slip (A5 paper or an 80 mm receipt roll), the work agreement
// and the arbitration guide (A4). The document is rendered into #print-job beside the app; the print stylesheet
// (print.css) shows only it, on the named page of its paper, while the body carries `printing`. Inside the
// GigHall app the shell prints silently to the configured printer (slips with the `slip` kind: its slipPaper;
// documents with `document`); in a browser the system dialog opens (where "Save as PDF" makes the PDF).
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { printPage } from '../../../web/bridge';
import type { PrintResult } from '../../../shared/ipc/contract';

export type Paper = 'a5' | 'r80' | 'a4';

interface Job {
  node: ReactNode;
  paper: Paper;
  done: (r: PrintResult) => void;
}

type PrintFn = (node: ReactNode, paper: Paper) => Promise<PrintResult>;
const PrintCtx = createContext<PrintFn | null>(null);

export function usePrint(): PrintFn {
  const ctx = useContext(PrintCtx);
  if (!ctx) throw new Error('usePrint outside <PrintProvider>');
  return ctx;
}

/** The clerk's slip paper on this console (A5 or the 80 mm roll), remembered per browser profile. */
export function slipPaper(): Paper {
  try {
    return localStorage.getItem('gighall.slipPaper') === 'r80' ? 'r80' : 'a5';
  } catch {
    return 'a5';
  }
}
export function setSlipPaper(p: Paper): void {
  try {
    localStorage.setItem('gighall.slipPaper', p);
  } catch {
    // Private mode: the choice lasts this page only.
  }
}

export function PrintProvider({ children }: { children: ReactNode }) {
  const [job, setJob] = useState<Job | null>(null);
  const [last, setLast] = useState<{ node: ReactNode; paper: Paper } | null>(null);
  const print = useCallback<PrintFn>(
    (node, paper) => new Promise<PrintResult>((done) => setJob({ node, paper, done })),
    [],
  );
  useEffect(() => {
    if (!job) return;
    let live = true;
    // Let the document (and its QR image) lay out before the print snapshot.
    const frame = requestAnimationFrame(() => {
      document.body.classList.add('printing');
      void printPage(job.paper === 'a4' ? 'document' : 'slip').then((r) => {
        document.body.classList.remove('printing');
        if (!live) return;
        setLast({ node: job.node, paper: job.paper });
        setJob(null);
        job.done(r);
      });
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [job]);
  const shown = job ?? last;
  return (
    <PrintCtx.Provider value={print}>
      {children}
      {shown &&
        createPortal(
          <div id="print-job" className={`paper-${shown.paper}`} data-testid="print-job">
            {shown.node}
          </div>,
          document.body,
        )}
    </PrintCtx.Provider>
  );
}
