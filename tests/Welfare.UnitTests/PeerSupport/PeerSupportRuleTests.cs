using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.Modules.PeerSupport.Domain.Reports;
using Welfare.SharedKernel;

namespace Welfare.UnitTests.PeerSupport;

public sealed class PeerSupportRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [TestCase("2026-04-01", 2026, 1)]
    [TestCase("2026-06-30", 2026, 1)]
    [TestCase("2026-07-01", 2026, 2)]
    [TestCase("2026-12-31", 2026, 3)]
    [TestCase("2027-01-01", 2026, 4)]
    [TestCase("2027-03-31", 2026, 4)]
    public void Fiscal_quarters_start_in_april(string day, int fiscalYear, int quarter) =>
        Assert.That(FiscalQuarter.Containing(DateOnly.Parse(day)), Is.EqualTo(new FiscalQuarter(fiscalYear, quarter)));

    [TestCase(2026, 1, "2026-04-01", "2026-06-30", "2026-07-10")]
    [TestCase(2026, 3, "2026-10-01", "2026-12-31", "2027-01-10")]
    [TestCase(2026, 4, "2027-01-01", "2027-03-31", "2027-04-10")]
    public void A_quarters_report_is_due_on_the_10th_of_the_next_quarters_first_month(int fiscalYear, int quarter, string start, string end, string due)
    {
        var q = new FiscalQuarter(fiscalYear, quarter);

        Assert.That((q.Start, q.End, q.DueOn), Is.EqualTo((DateOnly.Parse(start), DateOnly.Parse(end), DateOnly.Parse(due))));
    }

    [Test]
    public void A_report_waits_until_the_quarter_is_over()
    {
        var q = new FiscalQuarter(2026, 1);

        Assert.Throws<BusinessRuleViolationException>(() => q.EnsureEndedBefore(new DateOnly(2026, 6, 30)));
        Assert.DoesNotThrow(() => q.EnsureEndedBefore(new DateOnly(2026, 7, 1)));
    }

    [Test]
    public void Work_procedures_are_never_a_consultation()
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() => Open(ConsultationCategory.WorkProcedures));

        Assert.That(ex!.Code.Value, Is.EqualTo("peer-support.consultation-out-of-scope"));
    }

    [Test]
    public void A_referral_uses_the_latest_consent_not_withdrawn()
    {
        var consultation = Open(ConsultationCategory.Money);
        var first = consultation.RecordConsent(Guid.NewGuid(), ConsentPurpose.Referral, "弁護士への紹介", new DateOnly(2026, 5, 1), "E1", Now);
        consultation.WithdrawConsent(first.Id, Now);

        Assert.That(Assert.Throws<BusinessRuleViolationException>(() => Refer(consultation))!.Code.Value, Is.EqualTo("peer-support.referral-without-consent"));

        var second = consultation.RecordConsent(Guid.NewGuid(), ConsentPurpose.Referral, "弁護士への紹介", new DateOnly(2026, 5, 2), "E1", Now);
        Assert.That(Refer(consultation).ConsentId, Is.EqualTo(second.Id));
        Assert.That(consultation.Outcome, Is.EqualTo(ConsultationOutcome.Referred));
    }

    [Test]
    public void An_urgent_case_is_due_within_the_given_hours_and_escalates_the_outcome()
    {
        var consultation = Open(ConsultationCategory.Health);

        consultation.MarkUrgent(UrgencyKind.DangerToLifeOrBody, Now, TimeSpan.FromHours(24));

        Assert.That(consultation.UrgentActionDueAt, Is.EqualTo(Now.AddHours(24)));
        Assert.That(consultation.Outcome, Is.EqualTo(ConsultationOutcome.Escalated));
        Assert.Throws<ConflictException>(() => consultation.MarkUrgent(UrgencyKind.PossibleCrime, Now, TimeSpan.FromHours(24)));
    }

    private static Consultation Open(ConsultationCategory category) =>
        Consultation.Open(Guid.NewGuid(), "E1", "D100", SubjectKind.Employee, "E2", null, ConsultationChannel.Request, category, new DateOnly(2026, 5, 1), "x", Now);

    private static Referral Refer(Consultation consultation) =>
        consultation.Refer(Guid.NewGuid(), ReferralTarget.ExternalCounselor, Guid.NewGuid(), counselorPaid: true, divisionName: null, costExplained: true, new DateOnly(2026, 5, 2), Now);
}
