using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Conversation.Notifications;

/// <summary>A directory lookup of one person, started before the records were read (<see cref="NotificationPeople.Start"/>).</summary>
public sealed record PersonLookup(string UserId, Task<PersonProfile?> Profile);
