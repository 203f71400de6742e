using Welfare.Modules.Organisation.Domain;
using Welfare.Modules.Organisation.Domain.Departments;
using Welfare.Modules.Organisation.Domain.Grades;
using Welfare.SharedKernel;

namespace Welfare.UnitTests.Organisation;

public sealed class DepartmentTests
{
    private static readonly DateOnly From = new(2010, 4, 1);

    private static Dictionary<DepartmentCode, Department> Tree(params (string Code, string? Parent)[] departments)
    {
        var tree = new Dictionary<DepartmentCode, Department>();
        foreach (var (code, parent) in departments)
        {
            tree[new DepartmentCode(code)] = Department.Create(new DepartmentCode(code), code, parent is null ? null : new DepartmentCode(parent),
                AppointingAuthority.Mayor, From, null, tree);
        }

        return tree;
    }

    [TestCase("A", "A")]
    [TestCase("A", "C")]
    [TestCase("B", "C")]
    public void A_parent_that_closes_a_loop_is_refused(string code, string newParent)
    {
        var tree = Tree(("A", null), ("B", "A"), ("C", "B"));

        var failure = Assert.Throws<BusinessRuleViolationException>(() =>
            tree[new DepartmentCode(code)].Update(code, new DepartmentCode(newParent), AppointingAuthority.Mayor, From, null, tree));

        Assert.That(failure!.Code.Value, Is.EqualTo("organisation.department-cycle"));
        Assert.That(failure.Text.English, Does.Contain("cycle"));
    }

    [Test]
    public void Moving_a_department_elsewhere_in_the_tree_is_allowed()
    {
        var tree = Tree(("A", null), ("B", "A"), ("C", "B"), ("D", null));

        var changed = tree[new DepartmentCode("B")].Update("B", new DepartmentCode("D"), AppointingAuthority.Mayor, From, null, tree);

        Assert.That(changed, Is.True);
        Assert.That(tree[new DepartmentCode("B")].ParentCode, Is.EqualTo(new DepartmentCode("D")));
    }

    [Test]
    public void A_new_head_closes_the_previous_term()
    {
        var department = Tree(("A", null))[new DepartmentCode("A")];
        department.AssignHead(new EmployeeId("E1"), new DateOnly(2026, 4, 1));

        department.AssignHead(new EmployeeId("E2"), new DateOnly(2026, 10, 1));

        Assert.That(department.HeadOn(new DateOnly(2026, 9, 30)), Is.EqualTo(new EmployeeId("E1")));
        Assert.That(department.HeadOn(new DateOnly(2026, 10, 1)), Is.EqualTo(new EmployeeId("E2")));
        Assert.That(department.DomainEvents.OfType<DepartmentHeadAssigned>().Last().PreviousHead, Is.EqualTo(new EmployeeId("E1")));
        Assert.Throws<BusinessRuleViolationException>(() => department.AssignHead(new EmployeeId("E3"), new DateOnly(2026, 5, 1)));
    }

    [Test]
    public void The_grade_scale_ranks_by_order_and_keeps_grades_in_use()
    {
        var current = new List<Grade> { new("G1", "係員", 1), new("G2", "主任", 2), new("G3", "係長", 3) };

        var (added, removed) = GradeScale.Replace(current, [("G3", "係長"), ("G1", "係員"), ("G9", "新")], new HashSet<string> { "G1", "G3" });

        Assert.That(removed.Select(g => g.Code), Is.EqualTo(new[] { "G2" }));
        Assert.That(added.Select(g => (g.Code, g.Rank)), Is.EqualTo(new[] { ("G9", 3) }));
        Assert.That(current.Single(g => g.Code == "G3").Rank, Is.EqualTo(1));
        Assert.Throws<ConflictException>(() => GradeScale.Replace(current, [("G3", "係長")], new HashSet<string> { "G1" }));
    }
}
