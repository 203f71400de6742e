using Welfare.Modules.Organisation.Domain;
using Welfare.Modules.Organisation.Domain.Employees;
using Welfare.SharedKernel;

namespace Welfare.UnitTests.Organisation;

public sealed class EmployeeTests
{
    private static readonly EmployeeFacts Facts = new("試験 花子", "シケン ハナコ", Sex.Female, "G1", EmploymentType.Regular, AppointingAuthority.Governor, EmployeeStatus.Active);
    private static readonly DateOnly Joined = new(2020, 4, 1);

    private static Employee NewEmployee(DateOnly? effective = null)
    {
        var employee = Employee.Register(new EmployeeId("E1"), Facts, "D100", Joined, effective ?? Joined);
        employee.ClearDomainEvents();
        return employee;
    }

    [Test]
    public void History_starts_when_the_record_does_not_when_the_employee_joined()
    {
        var employee = Employee.Register(new EmployeeId("E1"), Facts, "D100", Joined, new DateOnly(2026, 4, 1));

        Assert.That(employee.DepartmentOn(new DateOnly(2026, 4, 1)), Is.EqualTo("D100"));
        Assert.That(employee.DepartmentOn(new DateOnly(2026, 3, 31)), Is.Null);
        Assert.That(employee.DomainEvents.Single(), Is.EqualTo(new EmployeeRegistered(new EmployeeId("E1"), new DateOnly(2026, 4, 1))));
    }

    [Test]
    public void A_transfer_closes_the_current_assignment_the_day_before()
    {
        var employee = NewEmployee();

        employee.Transfer("D200", new DateOnly(2026, 10, 1));

        Assert.That(employee.Assignments.Select(a => (a.DepartmentCode, a.From, a.To)), Is.EqualTo(new[]
        {
            ("D100", Joined, (DateOnly?)new DateOnly(2026, 9, 30)),
            ("D200", new DateOnly(2026, 10, 1), (DateOnly?)null),
        }));
        Assert.That(employee.DomainEvents.Single(), Is.EqualTo(new EmployeeTransferred(new EmployeeId("E1"), "D100", "D200", new DateOnly(2026, 10, 1))));
    }

    [Test]
    public void A_transfer_on_the_day_the_assignment_began_corrects_it()
    {
        var employee = NewEmployee();

        employee.Transfer("D200", Joined);

        Assert.That(employee.Assignments.Single().DepartmentCode, Is.EqualTo("D200"));
    }

    [Test]
    public void A_transfer_before_joining_or_into_the_past_is_refused_and_changes_nothing()
    {
        var employee = NewEmployee();
        employee.Transfer("D200", new DateOnly(2026, 10, 1));
        employee.ClearDomainEvents();

        var beforeJoining = Assert.Throws<BusinessRuleViolationException>(() => employee.Transfer("D300", new DateOnly(2019, 1, 1)));
        var intoThePast = Assert.Throws<BusinessRuleViolationException>(() => employee.Transfer("D300", new DateOnly(2026, 5, 1)));

        Assert.That(beforeJoining!.Code.Value, Is.EqualTo("organisation.transfer-before-joining"));
        Assert.That(intoThePast!.Code.Value, Is.EqualTo("organisation.transfer-before-current-assignment"));
        Assert.That(employee.Assignments, Has.Count.EqualTo(2));
        Assert.That(employee.DomainEvents, Is.Empty);
    }

    [Test]
    public void Applying_the_same_record_twice_changes_nothing()
    {
        var employee = NewEmployee();

        var changed = employee.Apply(Facts, "D100", Joined, new DateOnly(2026, 4, 1));

        Assert.That(changed, Is.False);
        Assert.That(employee.DomainEvents, Is.Empty);
    }

    [Test]
    public void Applying_changed_facts_names_the_changed_fields()
    {
        var employee = NewEmployee();

        employee.Apply(Facts with { GradeCode = "G2", Status = EmployeeStatus.OnLeave }, "D100", Joined, new DateOnly(2026, 5, 1));

        var changed = employee.DomainEvents.OfType<EmployeeDetailsChanged>().Single();
        Assert.That(changed.ChangedFields, Is.EquivalentTo(new[] { "GradeCode", "Status" }));
        Assert.That(employee.Status, Is.EqualTo(EmployeeStatus.OnLeave));
    }

    [Test]
    public void Leaving_closes_the_assignment_and_a_later_record_brings_the_employee_back()
    {
        var employee = NewEmployee();

        employee.Leave(new DateOnly(2026, 3, 31));
        employee.ClearDomainEvents();
        employee.Apply(Facts with { EmploymentType = EmploymentType.Reappointed }, "D300", Joined, new DateOnly(2026, 4, 1));

        Assert.That(employee.Status, Is.EqualTo(EmployeeStatus.Active));
        Assert.That(employee.LeftOn, Is.Null);
        Assert.That(employee.DepartmentOn(new DateOnly(2026, 3, 31)), Is.EqualTo("D100"));
        Assert.That(employee.DepartmentOn(new DateOnly(2026, 4, 1)), Is.EqualTo("D300"));
        Assert.Throws<BusinessRuleViolationException>(() =>
        {
            employee.Leave(new DateOnly(2027, 3, 31));
            employee.Leave(new DateOnly(2027, 3, 31));
        });
    }
}
