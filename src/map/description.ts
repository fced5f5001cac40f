/** The id of the element that describes the map canvas (aria-describedby), rendered by MapView. */
export const MAP_DESCRIPTION_ID = 'map-description';
