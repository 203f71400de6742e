using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.UnitTests.Platform;

/// <summary>The version check of docs/adr/0011, without HTTP or a database.</summary>
public sealed class RecordVersionTests
{
    private sealed record Stored(uint Version) : IVersioned;

    private static RecordVersion Expecting(uint[]? named, bool required)
    {
        var version = new RecordVersion();
        version.Expect(named?.ToHashSet(), required);
        return version;
    }

    [Test]
    public void A_read_answers_the_version_of_the_record_it_observed()
    {
        var version = new RecordVersion();
        version.Observe(new Stored(7));

        Assert.That(version.Current, Is.EqualTo(7));
        Assert.That(version.Checked, Is.False);
    }

    [Test]
    public void A_change_naming_the_stored_version_among_others_is_checked_and_passes()
    {
        var version = Expecting([3, 7], required: true);
        version.Observe(new Stored(7));

        Assert.That(version.Checked, Is.True);
    }

    [Test]
    public void A_change_naming_another_version_fails_the_precondition() =>
        Assert.Throws<PreconditionFailedException>(() => Expecting([6], required: true).Observe(new Stored(7)));

    [Test]
    public void A_change_naming_no_version_is_refused_where_one_is_required_and_unchecked_where_not()
    {
        Assert.Throws<PreconditionRequiredException>(() => Expecting(null, required: true).Observe(new Stored(7)));
        var optional = Expecting(null, required: false);
        optional.Observe(new Stored(7));
        Assert.That(optional.Checked, Is.False);
    }

    [Test]
    public void A_header_that_named_only_tags_which_are_not_versions_matches_nothing() =>
        Assert.Throws<PreconditionFailedException>(() => Expecting([], required: false).Observe(new Stored(7)));

    [Test]
    public void Creating_needs_no_version_and_naming_one_fails()
    {
        var created = Expecting(null, required: true);
        created.Created(new Stored(0));
        Assert.That(created.Current, Is.EqualTo(0));

        Assert.Throws<PreconditionFailedException>(() => Expecting([1], required: true).Created(new Stored(0)));
    }

    [Test]
    public void A_request_is_about_one_record()
    {
        var version = new RecordVersion();
        var record = new Stored(7);
        version.Observe(record);
        version.Observe(record);

        Assert.Throws<InvalidOperationException>(() => version.Observe(new Stored(8)));
    }
}
