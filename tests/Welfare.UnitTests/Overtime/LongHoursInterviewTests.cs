using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.SharedKernel;

namespace Welfare.UnitTests.Overtime;

public sealed class LongHoursInterviewTests
{
    private static readonly InterviewRule Rule = OvertimeRules.Defaults.Interview;
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private static LongHoursInterview Case(bool mandatory, bool exempt = false) => LongHoursInterview.Open(
        Guid.NewGuid(), "E1", "D100", 2026, 2, new EligibilityResult(mandatory ? 100 : 85, null, InterviewEligibility.None, mandatory ? "month-100h" : "month-80h-on-request", exempt),
        mandatory, Now, new DateOnly(2026, 4, 1));

    private static LongHoursOpinion Opinion(
        DateOnly? heldOn = null, bool noMeasures = false, bool shorterHours = false, double? cap = null, bool forbidden = false,
        DateOnly? from = null, DateOnly? to = null, bool unnecessary = false) =>
        new(heldOn ?? new DateOnly(2026, 3, 20), false, false, false, shorterHours, false, cap, forbidden, from, to, noMeasures, unnecessary, null, "P1", Now);

    private static string CodeOf(Action action) => Assert.Throws<BusinessRuleViolationException>(() => action())!.Code.Value;

    [TestCase(2026, 2, 1, "2026-03-01")]
    [TestCase(2026, 12, 1, "2027-01-01")]
    [TestCase(2026, 1, 31, "2026-02-28")]
    [TestCase(2026, 3, 15, "2026-04-15")]
    public void A_month_is_evaluated_on_the_reference_day_of_the_next_month(int year, int month, int referenceDay, string expected) =>
        Assert.That(LongHoursInterview.ReferenceDate(Rule with { ReferenceDay = referenceDay }, year, month), Is.EqualTo(DateOnly.Parse(expected)));

    [TestCase("2026-02-01", true, true)]
    [TestCase("2026-02-28", true, true)]
    [TestCase("2026-01-31", true, false)]
    [TestCase("2026-03-01", true, false)]
    [TestCase("2026-02-15", false, false)]
    public void Only_an_interview_within_a_month_before_the_reference_day_judged_unnecessary_exempts(string heldOn, bool unnecessary, bool exempts) =>
        Assert.That(LongHoursInterview.Exempts(Opinion(DateOnly.Parse(heldOn), noMeasures: true, unnecessary: unnecessary), new DateOnly(2026, 3, 1)), Is.EqualTo(exempts));

    [Test]
    public void No_opinion_exempts_nobody() => Assert.That(LongHoursInterview.Exempts(null, new DateOnly(2026, 3, 1)), Is.False);

    [Test]
    public void An_exempt_case_is_closed_at_once_as_judged_unnecessary_by_a_physician()
    {
        var exempt = Case(mandatory: true, exempt: true);

        Assert.That((exempt.Status, exempt.NotHeldReason, exempt.IsClosed), Is.EqualTo((LongHoursInterviewStatus.NotHeld, NotHeldReason.PhysicianJudgedUnnecessary, true)));
        Assert.That(Case(mandatory: true).Status, Is.EqualTo(LongHoursInterviewStatus.Notified));
    }

    [Test]
    public void An_on_request_case_is_scheduled_only_after_the_request_a_mandatory_one_at_once()
    {
        var onRequest = Case(mandatory: false);
        var mandatory = Case(mandatory: true);

        Assert.That(CodeOf(() => onRequest.Schedule("P1", new DateOnly(2026, 4, 5))), Is.EqualTo("overtime.interview-not-requested"));
        onRequest.Recommend(Now);
        Assert.That(onRequest.Status, Is.EqualTo(LongHoursInterviewStatus.Recommended));
        onRequest.Request(Now);
        onRequest.Schedule("P1", new DateOnly(2026, 4, 5));
        mandatory.Schedule("P1", new DateOnly(2026, 4, 5));

        Assert.That((onRequest.Status, mandatory.Status), Is.EqualTo((LongHoursInterviewStatus.Scheduled, LongHoursInterviewStatus.Scheduled)));
    }

    [Test]
    public void A_recommendation_after_the_request_keeps_the_request()
    {
        var interview = Case(mandatory: false);
        interview.Request(Now);
        interview.Recommend(Now.AddDays(1));

        Assert.That((interview.Status, interview.RequestedAt), Is.EqualTo((LongHoursInterviewStatus.Requested, (DateTimeOffset?)Now)));
    }

    [Test]
    public void The_opinion_needs_a_schedule_and_closes_the_case()
    {
        var interview = Case(mandatory: true);

        Assert.That(CodeOf(() => interview.RecordHeld(Opinion(noMeasures: true))), Is.EqualTo("overtime.interview-not-scheduled"));
        interview.Schedule("P1", new DateOnly(2026, 3, 20));
        interview.RecordHeld(Opinion(noMeasures: true));

        Assert.That(interview.Status, Is.EqualTo(LongHoursInterviewStatus.Held));
        Assert.That(CodeOf(() => interview.RecordNotHeld(NotHeldReason.TooBusy, null, Now)), Is.EqualTo("overtime.interview-closed"));
        Assert.That(CodeOf(() => interview.Request(Now)), Is.EqualTo("overtime.interview-closed"));
    }

    [Test]
    public void Contradicting_or_incomplete_measures_are_refused()
    {
        var interview = Case(mandatory: true);
        interview.Schedule("P1", new DateOnly(2026, 3, 20));

        Assert.That(CodeOf(() => interview.RecordHeld(Opinion(noMeasures: true, shorterHours: true))), Is.EqualTo("overtime.measures-contradict"));
        Assert.That(CodeOf(() => interview.RecordHeld(Opinion(cap: 20, forbidden: true, from: new DateOnly(2026, 4, 1)))), Is.EqualTo("overtime.overtime-cap-and-forbidden"));
        Assert.That(CodeOf(() => interview.RecordHeld(Opinion(cap: 20))), Is.EqualTo("overtime.measures-period-missing"));
        Assert.That(CodeOf(() => interview.RecordHeld(Opinion(forbidden: true, from: new DateOnly(2026, 4, 1), to: new DateOnly(2026, 3, 31)))), Is.EqualTo("overtime.measures-period-reversed"));
        Assert.That(interview.Status, Is.EqualTo(LongHoursInterviewStatus.Scheduled));
    }

    [TestCase(null, false, null)]
    [TestCase(20.0, false, 20.0)]
    [TestCase(null, true, 0.0)]
    public void A_ban_is_a_cap_of_zero_hours(double? cap, bool forbidden, double? expected) =>
        Assert.That(Opinion(cap: cap, forbidden: forbidden).CapHours, Is.EqualTo(expected));
}
