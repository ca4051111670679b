// Phones: below antd's md breakpoint (768 px) the frame shows a drawer menu and the party's lists show cards.
import { Grid } from 'antd';

export function useNarrowScreen(): boolean {
  // Before the first measurement every breakpoint is undefined: render the wide layout until told otherwise.
  return Grid.useBreakpoint().md === false;
}
