import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from "graphql";
import { buildApiSchema } from "../src/graphql";

// The GraphQL playground is the API's documentation: every name a developer sees must be explained.
function undocumented(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  need(type.name, type.description);
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      need(`${type.name}.${field.name}`, field.description);
      for (const arg of field.args)
        need(`${type.name}.${field.name}(${arg.name})`, arg.description);
    }
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      need(`${type.name}.${field.name}`, field.description);
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
  }
  return missing;
}

describe("schema documentation", () => {
  const schema = buildApiSchema();
  const ownTypes = Object.values(schema.getTypeMap()).filter(
    (type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  );

  it("describes every type, field, argument, input field and enum value", () => {
    expect(ownTypes.map((type) => type.name)).toEqual(
      expect.arrayContaining(["Query", "Mutation"]),
    );
    expect(ownTypes.length).toBeGreaterThan(30);
    expect(ownTypes.flatMap(undocumented)).toEqual([]);
  });
});
