import { bgrToHex, hexToBgr } from '../../src/wps/colours';
import { PANE_ID_KEY, PANE_TITLE, ribbonCallbacks } from '../../src/wps/ribbon';
import type { WpsGlobal } from '../../src/wps/wps-api';
import { createWpsDouble } from './wps-double';

describe('the ribbon callbacks', () => {
  const setup = () => {
    const double = createWpsDouble({ sheets: [{ name: 'S', rows: [['x']] }] });
    return { double, callbacks: ribbonCallbacks(double.wps as WpsGlobal, 'http://intranet.example/wps/index.html') };
  };

  it('opens the task pane on the button’s tab, docked right, and reuses it for the other button', () => {
    const { double, callbacks } = setup();
    expect(callbacks.OnAddinLoad({})).toBe(true);
    callbacks.OnAction({ Id: 'btnValidate' });
    expect(double.taskpanes).toEqual([{ ID: 1, url: 'http://intranet.example/wps/taskpane.html?tab=validate', title: PANE_TITLE, Visible: true, DockPosition: 2 }]);
    expect(double.storage.get(PANE_ID_KEY)).toBe('1');
    double.taskpanes[0]!.Visible = false; // the user closed it
    callbacks.OnAction({ Id: 'btnMerge' });
    expect(double.taskpanes).toHaveLength(1);
    expect(double.taskpanes[0]).toEqual(expect.objectContaining({ url: 'http://intranet.example/wps/taskpane.html?tab=merge', Visible: true }));
  });

  it('makes a new pane when the stored one is gone, and ignores unknown controls', () => {
    const { double, callbacks } = setup();
    double.storage.set(PANE_ID_KEY, '7');
    callbacks.OnAction({ Id: 'btnValidate' });
    expect(double.taskpanes.map((p) => p.ID)).toEqual([1]);
    expect(double.storage.get(PANE_ID_KEY)).toBe('1');
    callbacks.OnAction({ Id: 'somethingElse' });
    expect(double.taskpanes).toHaveLength(1);
    expect(callbacks.GetImage({ Id: 'btnMerge' })).toBe('images/icon-64.png');
    expect(callbacks.OnGetEnabled({ Id: 'btnMerge' })).toBe(true);
  });
});

describe('BGR colours', () => {
  it('turns #RRGGBB into red + green·256 + blue·65536 and back', () => {
    expect(hexToBgr('#FF0000')).toBe(255);
    expect(hexToBgr('#0000FF')).toBe(16711680);
    expect(hexToBgr('#FFC7CE')).toBe(13551615);
    expect(bgrToHex(13551615)).toBe('#FFC7CE');
    expect(() => hexToBgr('red')).toThrow(RangeError);
  });
});
