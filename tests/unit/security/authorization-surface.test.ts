import { describe, expect, it } from "vitest";
import { ACTIONS } from "@/lib/auth/permissions";
import {
  listAdminPages,
  listRouteHandlers,
  listServerActions,
  PUBLIC_ROUTE_HANDLERS,
  PUBLIC_SERVER_ACTIONS,
} from "../../fixtures/security/attack-surface";

// The static half of the authorization matrix: every admin page, route handler and server action, found
// in the code, asks for a permission itself — or is listed as public with a reason. A new entry point
// without a guard fails here before it ever reaches a server.
const KNOWN = new Set<string>(ACTIONS);

function unknownPermissions(permissions: string[]): string[] {
  return permissions.filter((permission) => !KNOWN.has(permission) && !permission.startsWith("<dynamic:"));
}

describe("authorization surface (read from the code)", () => {
  const pages = listAdminPages();
  const handlers = listRouteHandlers();
  const actions = listServerActions();

  it("finds the surface at all", () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(handlers.length).toBeGreaterThanOrEqual(10);
    expect(actions.length).toBeGreaterThanOrEqual(30);
  });

  it("every admin page calls requirePagePermission with a known permission", () => {
    const unguarded = pages.filter((page) => page.permissions.length === 0).map((page) => page.file);
    expect(unguarded).toEqual([]);
    expect(pages.flatMap((page) => unknownPermissions(page.permissions))).toEqual([]);
  });

  it("every route handler calls requirePermission or is listed as public with a reason", () => {
    const unguarded = handlers.filter((handler) => handler.permissions.length === 0 && !(handler.route in PUBLIC_ROUTE_HANDLERS));
    expect(unguarded.map((handler) => `${handler.name} ${handler.route}`)).toEqual([]);
    expect(handlers.flatMap((handler) => unknownPermissions(handler.permissions))).toEqual([]);
    // everything under an admin path is guarded, whatever the public list says
    expect(handlers.filter((handler) => /\/admin(\/|$)/.test(handler.route) && handler.permissions.length === 0)).toEqual([]);
  });

  it("every server action calls requirePermission or is listed as public with a reason", () => {
    const unguarded = actions.filter((action) => action.permissions.length === 0 && !(`${action.file}#${action.name}` in PUBLIC_SERVER_ACTIONS));
    expect(unguarded.map((action) => `${action.file}#${action.name}`)).toEqual([]);
    expect(actions.flatMap((action) => unknownPermissions(action.permissions))).toEqual([]);
  });

  it("the public lists hold no stale or guarded entries (each one is still public on purpose)", () => {
    const handlerRoutes = new Map(handlers.map((handler) => [handler.route, handler]));
    for (const route of Object.keys(PUBLIC_ROUTE_HANDLERS)) {
      expect(handlerRoutes.has(route), route).toBe(true);
      expect(handlerRoutes.get(route)?.permissions, route).toEqual([]);
    }
    const actionKeys = new Map(actions.map((action) => [`${action.file}#${action.name}`, action]));
    for (const key of Object.keys(PUBLIC_SERVER_ACTIONS)) {
      expect(actionKeys.has(key), key).toBe(true);
      expect(actionKeys.get(key)?.permissions, key).toEqual([]);
    }
  });
});
