namespace Welfare.SharedKernel;

/// <summary>
/// An aggregate that several people edit. <see cref="Version"/> is its stored row version: persistence sets
/// it, never the domain, and it changes whenever any part of the aggregate is stored changed. Clients see it
/// as the ETag and name it (If-Match) when they change the record, so that nobody overwrites a change they
/// have not seen (docs/adr/0011).
/// </summary>
public interface IVersioned
{
    uint Version { get; }
}
