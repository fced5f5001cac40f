/**
 * Public surface of the exporters (GeoJSON, W3C Web Annotation, Linked Places, CSV) and the annotation import.
 */
export type { ExportInput, ExportMeta } from './common';
export type { PlacesCollection, PlaceProperties } from './geojson';
export type { AnnotationDocument, MentionAnnotation } from './w3c';
export type { LpfCollection, LpfFeature } from './lpf';
export type { ImportOptions, ImportResult } from './import';
export { articleIri, OFFSETS_NOTE, placeIdFromIri, placeIri } from './common';
export { toGeoJson } from './geojson';
export { toW3cAnnotations } from './w3c';
export { toLinkedPlaces } from './lpf';
export { CSV_COLUMNS, csvCell, toCsv } from './csv';
export { importAnnotations, MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH } from './import';
export { DEFAULT_ATTRIBUTION, escapeXml, placeNumbers, toMapSvg } from './map-svg';
export type { MapSvgOptions } from './map-svg';
