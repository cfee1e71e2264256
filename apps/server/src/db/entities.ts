/** Every entity class, one per table of the migrations. */
export const ENTITIES: Function[] = [];
