using Welfare.SharedKernel.Application.Errors;

namespace Welfare.SharedKernel.Application.Concurrency;

/// <summary>
/// The version check of one request on one editable record (docs/adr/0011). The Host says which versions
/// the client named (If-Match) and whether the operation needs one; the module's access class names the
/// record it loaded (<see cref="Observe"/>) right after checking the caller's right to it, and the check
/// runs there: inside the unit of work, against the version the change will be stored over (the save itself
/// repeats it, so a change that slips in between still fails). Afterwards the Host answers the record's
/// version as its ETag.
/// </summary>
public sealed class RecordVersion
{
    private IReadOnlySet<uint>? _named;
    private bool _required;
    private IVersioned? _record;

    /// <summary>The record this request read or changed, at its stored version (after the save, the new one).</summary>
    public uint? Current => _record?.Version;

    /// <summary>True when a change was checked against a version the client named: a conflict when saving is then a failed precondition.</summary>
    public bool Checked => _record is not null && _named is not null;

    /// <summary>Set by the Host before the use case runs: the versions named in If-Match (null: none) and whether a change needs one.</summary>
    public void Expect(IReadOnlySet<uint>? named, bool required)
    {
        _named = named;
        _required = required;
    }

    /// <summary>
    /// The record this request reads or changes, loaded and the caller's right to it checked. A change
    /// without a named version where one is required is refused (428), one against another version too (412),
    /// before any rule of the change runs.
    /// </summary>
    public void Observe(IVersioned record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_record is not null && !ReferenceEquals(_record, record))
        {
            throw new InvalidOperationException("A request reads or changes one editable record; a second one was observed.");
        }

        _record = record;
        if (_named is null)
        {
            if (_required)
            {
                throw new PreconditionRequiredException();
            }

            return;
        }

        if (!_named.Contains(record.Version))
        {
            throw new PreconditionFailedException();
        }
    }

    /// <summary>
    /// The record this request creates where a change would otherwise go (a PUT to a record not stored yet):
    /// nothing can be overwritten, so no version is needed; naming one fails, as there is none (RFC 9110 13.1.1).
    /// </summary>
    public void Created(IVersioned record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_named is not null)
        {
            throw new PreconditionFailedException();
        }

        _record = record;
    }
}
