using Welfare.Modules.ReturnToWork.Domain.LeaveCases;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;

namespace Welfare.UnitTests.ReturnToWork;

public sealed class PreReturnRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [TestCase(4, new[] { "12:00", "14:00", "15:00", "17:15" })]
    [TestCase(6, new[] { "12:00", "14:00", "15:00", "16:00", "17:00", "17:15" })]
    [TestCase(2, new[] { "12:00", "14:00" })]
    [TestCase(1, new[] { "12:00" })]
    public void The_standard_schedule_starts_with_mornings_and_ends_with_full_days(int weeks, string[] ends)
    {
        var schedule = StandardSchedule.For(weeks);

        Assert.That(schedule.Select(w => w.End.ToString("HH:mm")), Is.EqualTo(ends));
        Assert.That(schedule.All(w => w.Start == new TimeOnly(8, 30) && w.DaysPerWeek == 5), Is.True);
    }

    [Test]
    public void Daily_hours_leave_out_the_lunch_break()
    {
        Assert.That(StandardSchedule.Week(1, 4).DailyHours, Is.EqualTo(3.5));
        Assert.That(StandardSchedule.Week(2, 4).DailyHours, Is.EqualTo(4.5));
        Assert.That(StandardSchedule.Week(4, 4).DailyHours, Is.EqualTo(7.75));
    }

    [TestCase("08:30", "12:00", 5, true)]
    [TestCase("08:29", "12:00", 5, false)]
    [TestCase("08:30", "12:01", 5, false)]
    [TestCase("09:00", "11:00", 3, true)]
    [TestCase("08:30", "12:00", 6, false)]
    public void A_week_may_only_be_lighter_than_the_standard(string start, string end, int days, bool allowed) =>
        Assert.That(StandardSchedule.IsNoHeavier(new PlanWeek(1, TimeOnly.Parse(start), TimeOnly.Parse(end), days), 4), Is.EqualTo(allowed));

    [TestCase(LeaveKind.LongSickLeave, -10, 19, true, Description = "30 days counting the expected end")]
    [TestCase(LeaveKind.LongSickLeave, -10, 18, false, Description = "29 days")]
    [TestCase(LeaveKind.LongSickLeave, -29, null, true, Description = "30 days so far")]
    [TestCase(LeaveKind.LongSickLeave, -28, null, false)]
    [TestCase(LeaveKind.LeaveOfAbsence, 0, null, true)]
    [TestCase(LeaveKind.LeaveOfAbsence, 1, null, false, Description = "not yet on leave")]
    public void A_leave_qualifies_from_30_consecutive_days_or_as_a_leave_of_absence(LeaveKind kind, int startOffset, int? expectedEndOffset, bool qualifies)
    {
        var leave = new LeaveCase(Guid.NewGuid(), "E1", null, "ps", Now);
        leave.Set(kind, Today.AddDays(startOffset), expectedEndOffset is null ? null : Today.AddDays(expectedEndOffset.Value), null, "ps", Now);

        Assert.That(leave.QualifiesOn(Today), Is.EqualTo(qualifies));
    }

    [Test]
    public void An_ended_leave_no_longer_qualifies()
    {
        var leave = new LeaveCase(Guid.NewGuid(), "E1", null, "ps", Now);
        leave.Set(LeaveKind.LeaveOfAbsence, Today.AddDays(-90), null, Today.AddDays(-1), "ps", Now);

        Assert.That(leave.QualifiesOn(Today), Is.False);
    }

    [Test]
    public void The_midpoint_of_a_four_week_plan_is_its_fourteenth_day()
    {
        var plan = new PreReturnPlan(1, Today, 4, "D100", null, null, [PlanTask.PcDataEntry], null, StandardSchedule.For(4), null, "H", Now);

        Assert.That(plan.EndOn, Is.EqualTo(Today.AddDays(27)));
        Assert.That(plan.Midpoint, Is.EqualTo(Today.AddDays(13)));
    }

    [Test]
    public void A_certificate_is_accepted_by_its_bytes_not_its_name()
    {
        var pdf = MedicalCertificate.Accept(Guid.NewGuid(), "application/pdf; charset=binary", "%PDF-1.7"u8.ToArray(), 100, "E1", Now);

        Assert.That(pdf.ContentType, Is.EqualTo("application/pdf"));
        Assert.That(pdf.Sha256, Has.Length.EqualTo(64));
        Assert.That(() => MedicalCertificate.Accept(Guid.NewGuid(), "image/jpeg", "%PDF-1.7"u8.ToArray(), 100, "E1", Now),
            Throws.TypeOf<BusinessRuleViolationException>().With.Property("Code").Property("Value").EqualTo("return-to-work.certificate-type-not-accepted"));
        Assert.That(() => MedicalCertificate.Accept(Guid.NewGuid(), "application/pdf", new byte[101], 100, "E1", Now),
            Throws.TypeOf<BusinessRuleViolationException>().With.Property("Code").Property("Value").EqualTo("return-to-work.certificate-too-large"));
    }
}
