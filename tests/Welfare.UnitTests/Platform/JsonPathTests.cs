using Welfare.Host.ErrorHandling;

namespace Welfare.UnitTests.Platform;

/// <summary>Field keys of 400s are paths in the JSON the client sent, whatever command carries the body to its handler.</summary>
public sealed class JsonPathTests
{
    private sealed record Plan(IReadOnlyList<string> Tasks, IReadOnlyList<Week>? Schedule);

    private sealed record Week(int DaysPerWeek);

    private sealed record Facts(string Summary);

    private sealed record Correction(Facts Facts, string CorrectionNote);

    private sealed record Row(string EmployeeId);

    [TestCase("Plan.Tasks[2]", typeof(Plan), "tasks[2]")]
    [TestCase("Plan.Schedule[0].DaysPerWeek", typeof(Plan), "schedule[0].daysPerWeek")]
    [TestCase("Facts.Summary", typeof(Facts), "summary")]
    [TestCase("Facts.wish", typeof(Facts), "wish")]
    [TestCase("Facts.Summary", typeof(Correction), "facts.summary")]
    [TestCase("CorrectionNote", typeof(Correction), "correctionNote")]
    [TestCase("Rows[3].EmployeeId", typeof(List<Row>), "[3].employeeId")]
    public void A_wrapper_the_client_did_not_send_is_not_part_of_the_key(string propertyPath, Type body, string key) =>
        Assert.That(JsonPath.FromPropertyPath(propertyPath, body), Is.EqualTo(key));

    [TestCase("PageSize", "pageSize")]
    [TestCase("Plan.Tasks[2]", "plan.tasks[2]")]
    public void Without_a_body_the_key_is_the_camel_cased_path(string propertyPath, string key) =>
        Assert.That(JsonPath.FromPropertyPath(propertyPath, null), Is.EqualTo(key));

    [TestCase("DepartmentCode", "departmentCode")]
    [TestCase("Week", "week")]
    public void A_single_name_stays_as_it_is(string propertyPath, string key) =>
        Assert.That(JsonPath.FromPropertyPath(propertyPath, typeof(Plan)), Is.EqualTo(key));
}
