// An example front end on the typed client: what a department head's screen does with a pre-return. The
// integration tests (tests/Welfare.IntegrationTests/Contract/TypeScriptClientTests.cs) compile it with
// tsc --strict and run it against a real host. Each step prints "ok <step>" or "failed <step>: <why>";
// the first failure ends the run with exit code 1.
//
// Environment: WELFARE_URL (the host), WELFARE_TOKEN (a department head's token), WELFARE_EMPLOYEE_ID (an
// employee of the head's department on a qualifying leave, without a case), WELFARE_CASE_ID (a case of the
// head's department that has been applied for) and WELFARE_PLAN_START (the day its plan starts, yyyy-mm-dd).
import { createWelfareClient, isValidationProblem, type components } from "../src/index.js";

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set`);
  }
  return value;
}

const welfare = createWelfareClient({ baseUrl: setting("WELFARE_URL"), token: setting("WELFARE_TOKEN"), language: "en" });
const employeeId = setting("WELFARE_EMPLOYEE_ID");
const caseId = setting("WELFARE_CASE_ID");
const planStart = setting("WELFARE_PLAN_START");

function expect(condition: boolean, why: string): asserts condition {
  if (!condition) {
    throw new Error(why);
  }
}

async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (failure) {
    console.log(`failed ${name}: ${failure instanceof Error ? failure.message : String(failure)}`);
    process.exit(1);
  }
  console.log(`ok ${name}`);
}

const isProblem = (response: Response): boolean => (response.headers.get("Content-Type") ?? "").startsWith("application/problem+json");

await step("read", async () => {
  const { data, response } = await welfare.GET("/api/v1/return-to-work/pre-returns/{preReturnId}", {
    params: { path: { preReturnId: caseId } },
  });
  expect(data !== undefined, `GET answered ${response.status}`);
  expect(data.status === "Applied", `the case is ${data.status}, not Applied`);
});

await step("create", async () => {
  const { data, response } = await welfare.POST("/api/v1/return-to-work/pre-returns", { body: { employeeId } });
  expect(data !== undefined && response.status === 201, `POST answered ${response.status}`);
  const location = response.headers.get("Location");
  expect(location === `/api/v1/return-to-work/pre-returns/${data.id}`, `Location ${location} does not name the new case ${data.id}`);
});

await step("400 with field errors", async () => {
  const { error, response } = await welfare.POST("/api/v1/return-to-work/pre-returns", { body: { employeeId: "" } });
  expect(error !== undefined && response.status === 400 && isProblem(response), `POST answered ${response.status}`);
  expect(isValidationProblem(error), `no field errors: ${JSON.stringify(error)}`);
  const messages = error.errors === null || error.errors === undefined ? [] : (error.errors["employeeId"] ?? []);
  expect(messages.length > 0, `no message for employeeId: ${JSON.stringify(error.errors)}`);
});

await step("404", async () => {
  const { error, response } = await welfare.GET("/api/v1/return-to-work/pre-returns/{preReturnId}", {
    params: { path: { preReturnId: crypto.randomUUID() } },
  });
  expect(error !== undefined && response.status === 404 && isProblem(response), `GET answered ${response.status}`);
  expect(error.status === 404 && typeof error.title === "string", `not a 404 problem: ${JSON.stringify(error)}`);
});

// Optimistic concurrency: the ETag of a read goes back as If-Match; once the case changed, it is stale.
await step("412 on a stale ETag", async () => {
  const read = await welfare.GET("/api/v1/return-to-work/pre-returns/{preReturnId}", { params: { path: { preReturnId: caseId } } });
  const etag = read.response.headers.get("ETag");
  expect(etag !== null, `GET answered ${read.response.status} without ETag`);
  const plan: components["schemas"]["PlanInput"] = {
    startOn: planStart,
    tasks: ["CollectingAndOrganisingMaterial", "PcDataEntry"],
    taskDetails: "filing and data entry",
    considerations: "no overtime",
  };
  const drafted = await welfare.PUT("/api/v1/return-to-work/pre-returns/{preReturnId}/plan", {
    params: { path: { preReturnId: caseId }, header: { "If-Match": etag } },
    body: plan,
  });
  expect(drafted.response.status === 200, `PUT with the current ETag answered ${drafted.response.status}: ${JSON.stringify(drafted.error)}`);
  const changed = drafted.response.headers.get("ETag");
  expect(changed !== null && changed !== etag, `the change answered ETag ${changed} (the read's was ${etag})`);

  const stale = await welfare.PUT("/api/v1/return-to-work/pre-returns/{preReturnId}/plan", {
    params: { path: { preReturnId: caseId }, header: { "If-Match": etag } },
    body: { ...plan, considerations: "no overtime, no visitors" },
  });
  expect(stale.error !== undefined && stale.response.status === 412 && isProblem(stale.response), `PUT with the stale ETag answered ${stale.response.status}`);
  expect(stale.error["code"] === "request.precondition-failed", `not request.precondition-failed: ${JSON.stringify(stale.error)}`);
});
