import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>["fieldResolvers"][number];
type ParamMetadata = NonNullable<FieldResolverMetadata["params"]>[number];

/**
 * A field resolver that needs nothing of type-graphql's per-call handler: no middleware, no roles,
 * and only a whole @Root() (no type to convert it to) and a whole @Ctx() as parameters.
 */
function isPlain(resolver: FieldResolverMetadata): boolean {
  return (
    resolver.kind === "external" &&
    !resolver.roles &&
    (resolver.middlewares?.length ?? 0) === 0 &&
    (resolver.params ?? []).every(
      (param: ParamMetadata) =>
        (param.kind === "root" || param.kind === "context") &&
        !("propertyName" in param && param.propertyName) &&
        !("getType" in param && param.getType),
    )
  );
}

/** The method called with root and context in the order it declares them (no array per call). */
function directCall(
  resolver: FieldResolverMetadata,
  instance: object,
): GraphQLFieldResolver<unknown, unknown> {
  const method = (instance as Record<string, (...values: unknown[]) => unknown>)[
    resolver.methodName
  ]!;
  const kinds = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index).map((p) => p.kind);
  const order = kinds.join(",");
  if (order === "") return () => method.call(instance);
  if (order === "root") return (root) => method.call(instance, root);
  if (order === "context") return (_root, _args, context) => method.call(instance, context);
  if (order === "root,context")
    return (root, _args, context) => method.call(instance, root, context);
  if (order === "context,root")
    return (root, _args, context) => method.call(instance, context, root);
  return (root, _args, context) =>
    method.apply(
      instance,
      kinds.map((kind) => (kind === "root" ? root : context)),
    );
}

/** How far up the class chain of `target` `ancestor` is, or -1 when it is not there. */
function distance(target: Function, ancestor: Function): number {
  let steps = 0;
  for (let type: unknown = target; typeof type === "function"; type = Object.getPrototypeOf(type)) {
    if (type === ancestor) return steps;
    steps++;
  }
  return -1;
}

/**
 * type-graphql runs every resolver through a handler that finds the resolver's instance, walks the
 * middleware chain and converts each parameter: about a microsecond a call, and a page of 20
 * affiliates makes a hundred of them. Fields whose resolver needs none of it (isPlain) call the
 * method directly; the rest (roles, arguments, middleware) keep type-graphql's handler.
 */
export function callPlainFieldResolversDirectly(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const instances = new Map<Function, object>();
  let replaced = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      // The resolver type-graphql chose: the one declared closest up this type's class chain.
      let chosen: FieldResolverMetadata | undefined;
      let closest = Infinity;
      for (const resolver of storage.fieldResolvers) {
        if (resolver.schemaName !== name) continue;
        const steps = distance(objectType.target, resolver.getObjectType!());
        if (steps >= 0 && steps < closest) [chosen, closest] = [resolver, steps];
      }
      if (!chosen || !isPlain(chosen)) continue;
      // Roles or middleware on the type's own field declaration keep the handler too.
      const declared = objectType.fields?.find((candidate) => candidate.schemaName === name);
      if (declared?.roles || declared?.middlewares?.length) continue;
      const target = chosen.target as new () => object;
      const instance = instances.get(target) ?? new target();
      instances.set(target, instance);
      field.resolve = directCall(chosen, instance);
      replaced++;
    }
  }
  return replaced;
}
