using System.Globalization;
using Welfare.Host.ErrorHandling;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.UnitTests.Platform;

public sealed class SharedKernelTests
{
    [TestCase("E0001", true)]
    [TestCase("police-12345", true)]
    [TestCase("", false)]
    [TestCase("E 0001", false)]
    [TestCase("山田", false)]
    [TestCase("123456789012345678901234567890123", false)]
    public void An_employee_id_is_a_staff_number_not_a_name(string value, bool valid)
    {
        Assert.That(EmployeeId.IsValid(value), Is.EqualTo(valid));
        if (valid)
        {
            Assert.That(new EmployeeId(value).Value, Is.EqualTo(value));
        }
        else
        {
            Assert.Throws<ArgumentException>(() => _ = new EmployeeId(value));
        }
    }

    [Test]
    public void Localized_text_is_Japanese_unless_English_is_asked_for()
    {
        var text = new LocalizedText("日本語", "English");

        Assert.That(text.In(CultureInfo.GetCultureInfo("ja-JP")), Is.EqualTo("日本語"));
        Assert.That(text.In(CultureInfo.GetCultureInfo("en-GB")), Is.EqualTo("English"));
        Assert.That(text.In(CultureInfo.GetCultureInfo("fr")), Is.EqualTo("日本語"));
    }

    [TestCase(1, 2)]
    [TestCase(2, 4)]
    [TestCase(5, 32)]
    [TestCase(10, 600)]
    [TestCase(1000, 600)]
    public void Outbox_retries_back_off_exponentially_up_to_ten_minutes(int attempts, int seconds) =>
        Assert.That(OutboxRelay<AuditLessContext>.Backoff(attempts), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [TestCase("Paging.PageSize", "paging.pageSize")]
    [TestCase("Answers[3].Value", "answers[3].value")]
    [TestCase("text", "text")]
    public void Field_keys_are_spelt_as_in_JSON(string property, string key) =>
        Assert.That(JsonPath.ToCamelCase(property), Is.EqualTo(key));

    [TestCase("$.answers[2].value", "answers[2].value")]
    [TestCase("$", "body")]
    [TestCase(null, "body")]
    public void JSON_paths_become_field_keys(string? path, string key) =>
        Assert.That(JsonPath.FromJsonPath(path), Is.EqualTo(key));

    /// <summary>Only to name a closed generic type; never instantiated.</summary>
    internal abstract class AuditLessContext() : ModuleDbContext(new Microsoft.EntityFrameworkCore.DbContextOptions<AuditLessContext>());
}

public sealed class SnakeCaseTests
{
    [TestCase("Id", "id")]
    [TestCase("EmployeeId", "employee_id")]
    [TestCase("HTTPStatus", "http_status")]
    [TestCase("ValidFrom2", "valid_from2")]
    [TestCase("already_snake", "already_snake")]
    public void Database_names_are_snake_case(string name, string expected) =>
        Assert.That(ModuleDbContext.SnakeCase(name), Is.EqualTo(expected));
}
