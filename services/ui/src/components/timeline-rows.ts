/** Height of one span row of the trace timeline (px): the virtualizer's estimate and the row's style. */
export const ROW_HEIGHT = 26;
