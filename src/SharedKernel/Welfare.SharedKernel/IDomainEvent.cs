namespace Welfare.SharedKernel;

/// <summary>
/// A fact inside one module, raised by an aggregate. Other modules learn of it only through an
/// integration event, which the handler stamps with the time from the module's clock.
/// </summary>
public interface IDomainEvent;
