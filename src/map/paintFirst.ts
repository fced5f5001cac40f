import { Map as MapLibreMap, type MapOptions as MapLibreOptions } from 'maplibre-gl';

/** Inputs whose visible answer is usually outside the map: the passages, a pressed name, the places list. */
const HOLDING_INPUTS = ['pointerdown', 'pointerup', 'click', 'keydown'] as const;

/**
 * A MapLibre map that never draws in the frame that paints the page's answer to a click or a key.
 *
 * Why: the browser presents the page and the WebGL canvas together, so a map frame drawn in the same frame as the
 * passages holds them back until the GPU has drawn it — hundreds of milliseconds where WebGL is slow (an old phone,
 * or software WebGL). MapLibre asks for a frame on every mouseup over the map, when its gesture handlers end, even
 * though nothing moved; a camera ease asks for one every frame. From each pointerdown, pointerup, click or keydown
 * (except keys pressed on the map itself, whose answer is the map) until the next paint, requests to draw are held
 * and a frame already requested is put off; the map draws once in the frame after, as if the input came a frame
 * earlier. An ease keeps its timing: it reads the clock, so it skips the held frame rather than slowing down.
 */
export class PaintFirstMap extends MapLibreMap {
  // MapLibre's constructor may ask for a frame before these fields exist; undefined reads as "not holding".
  private holding = false;
  private missedFrame = false;
  private releaseFrame = 0;
  private releaseTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly inputs = new AbortController();

  constructor(options: MapLibreOptions) {
    super(options);
    const win = this.getContainer().ownerDocument.defaultView ?? window;
    for (const type of HOLDING_INPUTS) {
      win.addEventListener(type, this.onInput, { capture: true, passive: true, signal: this.inputs.signal });
    }
  }

  override triggerRepaint(): void {
    if (this.holding) this.missedFrame = true;
    else super.triggerRepaint();
  }

  override remove(): void {
    this.inputs.abort();
    cancelAnimationFrame(this.releaseFrame);
    clearTimeout(this.releaseTimer);
    this.holding = false;
    super.remove();
  }

  private readonly onInput = (event: Event): void => {
    if (
      event.type === 'keydown' &&
      event.target instanceof Node &&
      this.getContainer().contains(event.target)
    )
      return;
    if (this.holding) return;
    this.holding = true;
    if (this._frameRequest) {
      // The same way MapLibre itself cancels a pending frame (on remove, on a lost WebGL context).
      this._frameRequest.abort();
      this._frameRequest = null as unknown as AbortController;
      this.missedFrame = true;
    }
    // A task after the next animation frame runs after that frame's paint has been handed to the compositor.
    this.releaseFrame = requestAnimationFrame(() => {
      this.releaseTimer = setTimeout(() => this.release(), 0);
    });
  };

  private release(): void {
    this.holding = false;
    if (!this.missedFrame) return;
    this.missedFrame = false;
    super.triggerRepaint();
  }
}
