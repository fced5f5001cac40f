import { Map as MapLibreMap, type MapOptions as MapLibreOptions } from 'maplibre-gl';

/** Inputs whose visible answer is usually outside the map: the passages, a pressed name, the places list. */
const HOLDING_INPUTS = ['pointerdown', 'pointerup', 'pointercancel', 'click', 'keydown'] as const;
/** A press held longer than this, or moved further than this, is a gesture on the map rather than a click. */
const LONGEST_PRESS_MS = 250;
const PRESS_SLOP_PX = 4;

/**
 * A MapLibre map that never draws in the frame that paints the page's answer to a click or a key.
 *
 * Why: the browser presents the page and the WebGL canvas together, so a map frame drawn in the same frame as the
 * passages holds them back until the GPU has drawn it — hundreds of milliseconds where WebGL is slow (an old phone,
 * or software WebGL). MapLibre asks for a frame on every mouseup over the map, when its gesture handlers end, even
 * though nothing moved; a camera ease or a label fade asks for one every frame, and a frame begun between the press
 * and the release holds back the release. So from a pointerdown until the paint after its pointerup (or a click,
 * or a key, except keys pressed on the map itself, whose answer is the map), requests to draw are held and a frame
 * already requested is put off; the map draws once in the frame after, as if the input came a frame earlier. A
 * press that moves or lasts is a drag or a long press: the map draws again at once. An ease keeps its timing: it
 * reads the clock, so it skips the held frames rather than slowing down.
 */
export class PaintFirstMap extends MapLibreMap {
  // MapLibre's constructor may ask for a frame before these fields exist; undefined reads as "not holding".
  private holding = false;
  private missedFrame = false;
  /** Where the primary pointer went down, while it is down and still. */
  private press: { x: number; y: number } | null = null;
  private pressTimer: ReturnType<typeof setTimeout> | undefined;
  private releaseFrame = 0;
  private releaseTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly inputs = new AbortController();

  constructor(options: MapLibreOptions) {
    super(options);
    const win = this.getContainer().ownerDocument.defaultView ?? window;
    const listen = { capture: true, passive: true, signal: this.inputs.signal };
    for (const type of HOLDING_INPUTS) win.addEventListener(type, this.onInput, listen);
    win.addEventListener('pointermove', this.onPointerMove, listen);
  }

  override triggerRepaint(): void {
    if (this.holding) this.missedFrame = true;
    else super.triggerRepaint();
  }

  override remove(): void {
    this.inputs.abort();
    cancelAnimationFrame(this.releaseFrame);
    clearTimeout(this.releaseTimer);
    clearTimeout(this.pressTimer);
    this.holding = false;
    this.press = null;
    super.remove();
  }

  private readonly onInput = (event: Event): void => {
    if (
      event.type === 'keydown' &&
      event.target instanceof Node &&
      this.getContainer().contains(event.target)
    )
      return;
    if (!this.holding) {
      this.holding = true;
      if (this._frameRequest) {
        // The same way MapLibre itself cancels a pending frame (on remove, on a lost WebGL context).
        this._frameRequest.abort();
        this._frameRequest = null as unknown as AbortController;
        this.missedFrame = true;
      }
    }
    clearTimeout(this.pressTimer);
    if (event.type === 'pointerdown' && event instanceof PointerEvent && event.isPrimary) {
      this.press = { x: event.clientX, y: event.clientY };
      this.pressTimer = setTimeout(this.endPress, LONGEST_PRESS_MS);
    } else if (event.type !== 'pointerdown') {
      this.press = null;
    }
    this.releaseAfterPaint();
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.press || !event.isPrimary) return;
    if (Math.hypot(event.clientX - this.press.x, event.clientY - this.press.y) > PRESS_SLOP_PX)
      this.endPress();
  };

  private readonly endPress = (): void => {
    clearTimeout(this.pressTimer);
    this.press = null;
    this.releaseAfterPaint();
  };

  private releaseAfterPaint(): void {
    if (this.releaseFrame || this.releaseTimer) return;
    // A task after the next animation frame runs after that frame's paint has been handed to the compositor.
    this.releaseFrame = requestAnimationFrame(() => {
      this.releaseFrame = 0;
      this.releaseTimer = setTimeout(() => {
        this.releaseTimer = undefined;
        this.release();
      }, 0);
    });
  }

  private release(): void {
    // Still pressed: the release comes with the paint after the pointerup, or when the press turns into a gesture.
    if (this.press) return;
    this.holding = false;
    if (!this.missedFrame) return;
    this.missedFrame = false;
    super.triggerRepaint();
  }
}
