/**
 * `node bench/src/mem-drain.ts [spans] [-- node flags…]`: the name ADR 0105's measurements used for
 * `ingester-drain-rss.ts`, which now reports CPU and load as well (one implementation).
 */
import './ingester-drain-rss.ts';
